using Graph.Core.Cypher;
using Graph.Cypher.Ast;

namespace Graph.Cypher.Tests.Execution;

/// <summary>
/// ORDER BY n.p … LIMIT over a text scan of n.p takes the matches in n.p's order and stops its Top early (index-provided
/// order): the same rows in the same order, ties included, as a form the planner does not order (the predicate after a
/// WITH), whether the scan searches the snapshot's columns, scans because they are not built yet, or writes.
/// </summary>
public sealed class OrderedTextScanTests
{
    // B's text is ASCII (a byte per char), A's is not (a char per unit); every seventh B is also an A. Names repeat, in
    // cases toLower() cannot tell apart ('Carla', 'carla') but ORDER BY can, so ties and near-ties both occur often.
    private const string Graph = """
        UNWIND range(0, 399) AS i
        WITH i, ['Carla', 'carla', 'Oscar', 'MARGE', 'Bob', 'Scarlet', 'car', 'Ricardo', 'CAR', 'oscar'][i % 10] AS base
        CREATE (:B {id: i, name: CASE WHEN i % 4 = 0 THEN base ELSE base + toString(i % 6) END})
        """;

    private const string NonAscii = """
        UNWIND range(400, 549) AS i
        WITH i, ['Çarla', 'éCAR', 'straße', 'İstanbul car', 'Ricardo', 'carla', 'ÉCOLE', 'Ärger'][i % 8] AS base
        CREATE (:A {id: i, name: CASE WHEN i % 3 = 0 THEN base ELSE base + toString(i % 5) END})
        """;

    private const string Extras = "MATCH (n:B) WHERE n.id % 7 = 0 SET n:A WITH count(*) AS c CREATE (:A {id: 600}), (:B {id: 601, name: ''}), (:C {id: 602, name: 'car'})";

    private const string Union = "MATCH (n) WHERE (n:A OR n:B) AND toLower(n.name) {op} $term ";

    private static readonly string[] Shapes =
    [
        Union + "RETURN n.name AS name, n.id AS id ORDER BY name LIMIT 7",
        Union + "RETURN n.name AS name, n.id AS id ORDER BY name DESC LIMIT 7",
        Union + "RETURN n.name, n.id AS id ORDER BY n.name LIMIT 7",
        Union + "RETURN n.id AS id ORDER BY n.name DESC LIMIT 7",
        Union + "RETURN n.name AS name, n.id AS id ORDER BY name SKIP 3 LIMIT 5",
        Union + "RETURN n.name AS name, n.id AS id ORDER BY name, id DESC LIMIT 9",
        Union + "RETURN n.name AS name, n.id AS id ORDER BY name DESC, id DESC LIMIT 9",
        Union + "RETURN n.name AS name ORDER BY name LIMIT 0",
        Union + "RETURN n.name AS name, n.id AS id ORDER BY name LIMIT 1000",
        Union + "WITH n AS m, n.id AS id ORDER BY m.name LIMIT 7 RETURN id",
        "MATCH (n:A) WHERE toLower(n.name) {op} $term RETURN n.name AS name, n.id AS id ORDER BY name LIMIT 7",
        "MATCH (n:B) WHERE lower(n.name) {op} $term RETURN n.name AS name, n.id AS id ORDER BY name DESC LIMIT 7",
    ];

    private static readonly string[] Operators = ["CONTAINS", "STARTS WITH", "ENDS WITH"];

    private static readonly object?[] Terms = ["car", "ar", "CAR", "", null, 5L, "ç", "é", "i̇", "zzz", "o", "carla"];

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (var shape = 0; shape < Shapes.Length; shape++)
        {
            foreach (var op in Operators)
            {
                data.Add(shape, op);
            }
        }
        return data;
    }

    private static async Task<EmbeddedCypherSession> Open()
    {
        var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync(Graph);
        await session.RunAsync(NonAscii);
        await session.RunAsync(Extras);
        return session;
    }

    /// <summary>The same query with its text predicate after a WITH, where the planner neither searches nor orders.</summary>
    private static string Unordered(string query) =>
        query.Contains(") AND toLower(", StringComparison.Ordinal)
            ? query.Replace(") AND toLower(", ") WITH n WHERE toLower(", StringComparison.Ordinal)
            : query.Replace("WHERE ", "WITH n WHERE ", StringComparison.Ordinal);

    private static Dictionary<string, object?> Term(object? term) => new() { ["term"] = term };

    private static async Task<List<string>> Explain(ICypherSession session, string query) =>
        (await session.RunAsync("EXPLAIN " + query, Term(null), CypherAccessMode.Read)).Column("plan").Cast<string>().Select(line => line.Trim()).ToList();

    private static async Task<List<string>> Rows(ICypherSession session, string query, object? term) =>
        Text(await session.RunAsync(query, Term(term), CypherAccessMode.Read));

    private static async Task<List<string>> Rows(ICypherTransaction tx, string query, object? term) =>
        Text(await tx.RunAsync(query, Term(term)));

    private static List<string> Text(CypherResult result) => [.. result.Rows.Select(row => string.Join("|", row))];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_ordered_search_returns_what_the_unordered_form_returns_in_the_same_order(int shape, string op)
    {
        await using var session = await Open();
        var ordered = Shapes[shape].Replace("{op}", op, StringComparison.Ordinal);
        var unordered = Unordered(ordered);

        Assert.Contains(await Explain(session, ordered), line => line.Contains(", ordered by n.name", StringComparison.Ordinal));
        Assert.DoesNotContain(await Explain(session, unordered), line => line.Contains("ordered by", StringComparison.Ordinal));
        foreach (var term in Terms)
        {
            // A commit publishes a snapshot without columns: its first search scans and sorts, the next ones search.
            await session.RunAsync("CREATE (:Z)");
            var expected = await Rows(session, unordered, term);
            var scanned = await Rows(session, ordered, term);
            var searched = await Rows(session, ordered, term);
            var again = await Rows(session, ordered, term);

            Assert.Equal(expected, scanned);
            Assert.Equal(expected, searched);
            Assert.Equal(expected, again);
        }
    }

    [Fact]
    public async Task The_benchmark_shape_is_an_ordered_scan_under_a_partial_top()
    {
        await using var session = await Open();

        var ascending = await Explain(session, Union.Replace("{op}", "CONTAINS", StringComparison.Ordinal) + "RETURN n.name AS name ORDER BY name LIMIT 20");
        var descending = await Explain(session, Union.Replace("{op}", "CONTAINS", StringComparison.Ordinal) + "RETURN n.name AS name ORDER BY name DESC LIMIT 20");

        Assert.Equal(
            ["ProduceResults(name)", "Limit(20)", "PartialTop(name)", "Projection(name)",
             "NodeByLabelTextScan(n:A|B (toLower(n.name) CONTAINS $term), ordered by n.name)", "Argument"],
            ascending);
        Assert.Contains("PartialTop(name DESC)", descending);
        Assert.Contains("NodeByLabelTextScan(n:A|B (toLower(n.name) CONTAINS $term), ordered by n.name DESC)", descending);
    }

    [Theory]
    [InlineData("RETURN n.name AS name, count(*) AS c ORDER BY name LIMIT 5")]
    [InlineData("RETURN DISTINCT n.name AS name ORDER BY name LIMIT 5")]
    [InlineData("RETURN n.name AS name, 100 / n.id AS x ORDER BY name LIMIT 5")]
    [InlineData("RETURN n.name AS name ORDER BY name, 100 / n.id LIMIT 5")]
    [InlineData("RETURN n.name AS name ORDER BY n.id LIMIT 5")]
    [InlineData("RETURN n.name AS name ORDER BY n.id, name LIMIT 5")]
    [InlineData("RETURN n.id AS n ORDER BY n.name LIMIT 5")]
    [InlineData("RETURN n.name AS name ORDER BY name")]
    [InlineData("AND n.id > 3 RETURN n.name AS name ORDER BY name LIMIT 5")]
    public async Task Shapes_where_stopping_early_could_change_the_answer_are_not_ordered(string tail)
    {
        await using var session = await Open();

        var plan = await Explain(session, Union.Replace("{op}", "CONTAINS", StringComparison.Ordinal) + tail);

        Assert.Contains(plan, line => line.StartsWith("NodeByLabelTextScan", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("ordered by", StringComparison.Ordinal) || line.StartsWith("PartialTop", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_scan_run_once_per_input_row_is_not_ordered()
    {
        await using var session = await Open();
        const string query = "UNWIND [1, 2] AS x MATCH (n) WHERE (n:A OR n:B) AND toLower(n.name) CONTAINS $term RETURN n.name AS name ORDER BY name LIMIT 5";

        var plan = await Explain(session, query);

        Assert.Contains(plan, line => line.StartsWith("NodeByLabelTextScan", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("ordered by", StringComparison.Ordinal));
        Assert.Equal(await Rows(session, Unordered(query), "car"), await Rows(session, query, "car"));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("[1, 2]")]
    [InlineData("true")]
    [InlineData("date('2024-01-02')")]
    public async Task A_value_that_is_not_a_string_fails_as_toLower_fails_however_few_rows_are_read(string value)
    {
        foreach (var term in new object?[] { "car", "", null })
        {
            await using var session = await Open();
            // The last node: in id order every string match comes before it, in value order it is never reached.
            await session.RunAsync($"CREATE (:B {{id: 999, name: {value}}})");
            // Padded so that toLower() starts at the same column in both, as the error's position says.
            const string ordered = "MATCH (n) WHERE (n:A OR n:B) AND        toLower(n.name) CONTAINS $term RETURN n.name AS name ORDER BY name LIMIT 1";
            const string unordered = "MATCH (n) WHERE n:A OR n:B WITH n WHERE toLower(n.name) CONTAINS $term RETURN n.name AS name ORDER BY name LIMIT 1";

            var expected = await Assert.ThrowsAsync<CypherException>(() => Rows(session, unordered, term));
            var scanned = await Assert.ThrowsAsync<CypherException>(() => Rows(session, ordered, term));
            var searched = await Assert.ThrowsAsync<CypherException>(() => Rows(session, ordered, term));

            Assert.Contains(await Explain(session, ordered), line => line.Contains("ordered by n.name", StringComparison.Ordinal));
            Assert.NotEqual(0, session.Store.Current.TextColumns.SizeInBytes);
            Assert.All(new[] { scanned, searched }, actual => Assert.Equal((expected.Code, expected.Message), (actual.Code, actual.Message)));
        }
    }

    [Theory]
    [InlineData("ORDER BY name LIMIT 6", "Acar|1001")]
    [InlineData("ORDER BY name DESC LIMIT 6", "ψcar|1002")]
    public async Task A_transaction_sorts_what_it_scans_including_its_own_writes(string order, string first)
    {
        await using var session = await Open();
        var ordered = Union.Replace("{op}", "CONTAINS", StringComparison.Ordinal) + "RETURN n.name AS name, n.id AS id " + order;
        // Warm the committed snapshot's columns, so that only writing keeps the transaction from them.
        await Rows(session, ordered, "car");
        await Rows(session, ordered, "car");

        var (expected, actual) = await session.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAsync("CREATE (:B {id: 1000, name: 'Carla'}), (:A {id: 1001, name: 'Acar'}), (:B {id: 1002, name: 'ψcar'})");
            return (await Rows(tx, Unordered(ordered), "car"), await Rows(tx, ordered, "car"));
        });

        Assert.Equal(first, actual[0]);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_column_walks_its_matches_in_value_order_ties_in_id_order_both_ways()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (:B {name: 'carla'}), (:B {name: 'Carla'}), (:B {name: 'Oscar'}), (:B {name: 7}), (:B {name: 'Carla'}), (:B {name: 'bob'})");
        var column = session.Store.Current.TextColumns.Get("B", "name")!;
        var unordered = column.SizeInBytes;

        var ascending = Walk(column.FindOrdered(BinaryOperator.Contains, "car", descending: false));
        var withAscending = column.SizeInBytes;
        var again = Walk(column.FindOrdered(BinaryOperator.Contains, "car", descending: false));
        var descending = Walk(column.FindOrdered(BinaryOperator.Contains, "car", descending: true));

        Assert.Equal(["Carla", "Carla", "Oscar", "carla"], ascending.Select(match => match.Value));
        Assert.Equal(["carla", "Oscar", "Carla", "Carla"], descending.Select(match => match.Value));
        Assert.True(ascending[0].Id < ascending[1].Id);
        Assert.Equal([ascending[0].Id, ascending[1].Id], descending.Skip(2).Select(match => match.Id));
        Assert.Equal(ascending, again);
        Assert.Equal(1, column.Others.Length);
        Assert.True(withAscending > unordered);
        Assert.True(column.SizeInBytes > withAscending);
    }

    private static List<(string Value, long Id)> Walk(Graph.Cypher.Storage.LoweredTextColumn.OrderedCursor cursor)
    {
        var matches = new List<(string, long)>();
        while (cursor.MoveNext())
        {
            matches.Add((cursor.Value, cursor.Node.Id));
        }
        return matches;
    }
}
