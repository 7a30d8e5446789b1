using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Execution;

/// <summary>
/// <c>toLower(n.p) CONTAINS|STARTS WITH|ENDS WITH $term</c> over a label scan runs as one search of the snapshot's
/// lowered text (NodeByLabelTextScan): the same rows, in the same order, with the same errors as a form the planner
/// does not recognise (<c>toLower(n.p + '')</c>, or the predicate after a WITH), which scans and filters node by node.
/// </summary>
public sealed class LoweredTextScanTests
{
    // A holds non-ASCII text (a char per unit), B only ASCII (a byte per char); each has two neighbours whose text
    // joined would contain "abcd". One node has both labels, one lacks the property, and C is never scanned.
    private const string Graph = """
        CREATE (:A {name: 'İstanbul'}), (:A {name: 'ÉCOLE'}), (:A {name: 'straße'}), (:A {name: 'Carla'}),
               (:A {name: 'éab'}), (:A {name: 'cdé'}), (:A {other: 'car'}), (:A:B {name: 'Carmen'}),
               (:B {name: 'xAB'}), (:B {name: 'CDx'}), (:B {name: ''}), (:B {name: 'MARGE'}), (:B {name: 'bob'}),
               (:C {name: 'car'}), (:A {name: $long})
        """;

    private static readonly string[] Operators = ["CONTAINS", "STARTS WITH", "ENDS WITH"];

    private static readonly object?[] Terms =
        ["ar", "AR", "car", "é", "ß", "i", "istanbul", "i̇stanbul", "abcd", "ab", "cd", "", "x", "e", "yz", null, 5L];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var op in Operators)
        {
            for (var i = 0; i < Terms.Length; i++)
            {
                data.Add(op, i);
            }
        }
        return data;
    }

    private static async Task<EmbeddedCypherSession> Open()
    {
        var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync(Graph, new Dictionary<string, object?> { ["long"] = new string('x', 300) + "YZ" });
        return session;
    }

    private static Dictionary<string, object?> Term(object? term) => new() { ["term"] = term };

    private static async Task<List<string>> Explain(ICypherSession session, string query, object? term = null) =>
        (await session.RunAsync("EXPLAIN " + query, Term(term), CypherAccessMode.Read)).Column("plan").Cast<string>().ToList();

    private static async Task<List<object?>> Names(ICypherSession session, string query, object? term) =>
        [.. (await session.RunAsync(query, Term(term), CypherAccessMode.Read)).Column("name")];

    /// <summary>
    /// Runs a search twice: the first scans (a snapshot's columns are built on its second search), the second searches
    /// the columns; both must agree.
    /// </summary>
    private static async Task<List<object?>> Searched(ICypherSession session, string query, object? term)
    {
        var scanned = await Names(session, query, term);
        var searched = await Names(session, query, term);
        Assert.Equal(scanned, searched);
        return searched;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_label_union_search_returns_what_the_unrecognised_form_returns_in_the_same_order(string op, int term)
    {
        await using var session = await Open();
        var recognised = $"MATCH (n) WHERE (n:A OR n:B) AND toLower(n.name) {op} $term RETURN n.name AS name";
        var reference = $"MATCH (n) WHERE (n:A OR n:B) AND toLower(n.name + '') {op} $term RETURN n.name AS name";

        var plan = await Explain(session, recognised);
        var expected = await Names(session, reference, Terms[term]);
        var actual = await Searched(session, recognised, Terms[term]);

        Assert.Contains(plan, line => line.Contains("NodeByLabelTextScan(n:A|B", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Filter", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_single_label_search_returns_what_the_unrecognised_form_returns(string op, int term)
    {
        await using var session = await Open();

        var expected = await Names(session, $"MATCH (n:A) WITH n WHERE toLower(n.name) {op} $term RETURN n.name AS name", Terms[term]);
        var actual = await Searched(session, $"MATCH (n:A) WHERE lower(n.name) {op} $term RETURN n.name AS name", Terms[term]);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("CONTAINS", "ar", new[] { "Carla", "Carmen", "MARGE" })]
    [InlineData("CONTAINS", "abcd", new string[0])]
    [InlineData("CONTAINS", "ab", new[] { "éab", "xAB" })]
    [InlineData("CONTAINS", "ß", new[] { "straße" })]
    [InlineData("STARTS WITH", "éc", new[] { "ÉCOLE" })]
    [InlineData("ENDS WITH", "dé", new[] { "cdé" })]
    [InlineData("CONTAINS", "", new[] { "", "Carla", "Carmen", "MARGE", "bob", "cdé", "CDx", "éab", "ÉCOLE", "İstanbul", "LONG", "straße", "xAB" })]
    public async Task Matches_are_what_toLower_gives_and_never_span_two_values(string op, string term, string[] expected)
    {
        await using var session = await Open();

        var names = await Searched(session, $"MATCH (n) WHERE (n:A OR n:B) AND toLower(n.name) {op} $term RETURN n.name AS name ORDER BY name", term);

        Assert.Equal(expected.Order(StringComparer.Ordinal), names.Cast<string>().Select(name => name.Length > 100 ? "LONG" : name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_node_with_two_of_the_labels_comes_once()
    {
        await using var session = await Open();

        var names = await Searched(session, "MATCH (n) WHERE (n:A OR n:B) AND toLower(n.name) STARTS WITH 'carm' RETURN n.name AS name", null);

        Assert.Equal(["Carmen"], names);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("[1, 2]")]
    [InlineData("true")]
    [InlineData("date('2024-01-02')")]
    public async Task A_value_that_is_not_a_string_fails_as_toLower_fails(string value)
    {
        foreach (var term in new object?[] { "ar", null, 5L })
        {
            await using var session = await Open();
            await session.RunAsync($"CREATE (:B {{name: {value}}})");
            // Padded so that toLower() starts at the same column in both, as the error's position says.
            var recognised = "MATCH (n) WHERE (n:A OR n:B) AND        toLower(n.name) CONTAINS $term RETURN n.name AS name";
            var reference = "MATCH (n) WHERE n:A OR n:B WITH n WHERE toLower(n.name) CONTAINS $term RETURN n.name AS name";

            var expected = await Assert.ThrowsAsync<CypherException>(() => Names(session, reference, term));
            var scanned = await Assert.ThrowsAsync<CypherException>(() => Names(session, recognised, term));
            var searched = await Assert.ThrowsAsync<CypherException>(() => Names(session, recognised, term));

            Assert.NotEqual(0, session.Store.Current.TextColumns.SizeInBytes);
            Assert.All(new[] { scanned, searched }, actual => Assert.Equal((expected.Code, expected.Message), (actual.Code, actual.Message)));
        }
    }

    [Fact]
    public async Task A_value_that_is_not_a_string_is_tested_in_id_order_so_a_limit_stops_before_it()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (:A {name: 'Carla'}), (:B {name: 1}), (:A {name: 'Oscar'})");
        const string query = "MATCH (n) WHERE (n:A OR n:B) AND toLower(n.name) CONTAINS 'car' RETURN n.name AS name";

        Assert.Equal(["Carla"], await Searched(session, query + " LIMIT 1", null));
        await Assert.ThrowsAsync<CypherException>(() => Names(session, query, null));
    }

    [Fact]
    public async Task Only_the_first_predicate_on_the_node_and_a_parameter_or_literal_term_make_a_text_scan()
    {
        await using var session = await Open();

        var literal = await Explain(session, "MATCH (n:A) WHERE toLower(n.name) ENDS WITH 'la' AND n.other IS NULL RETURN n");
        var second = await Explain(session, "MATCH (n:A) WHERE n.other IS NULL AND toLower(n.name) CONTAINS $term RETURN n");
        var rowTerm = await Explain(session, "MATCH (m:C) MATCH (n:A) WHERE toLower(n.name) CONTAINS m.name RETURN n");
        var twoLabels = await Explain(session, "MATCH (n:A:B) WHERE toLower(n.name) CONTAINS $term RETURN n");

        Assert.Contains("NodeByLabelTextScan(n:A (toLower(n.name) ENDS WITH 'la'))", literal.Select(line => line.Trim()));
        Assert.Contains(literal, line => line.Trim().StartsWith("Filter", StringComparison.Ordinal) && line.Contains("n.other IS NULL", StringComparison.Ordinal));
        Assert.DoesNotContain(second, line => line.Contains("NodeByLabelTextScan", StringComparison.Ordinal));
        Assert.DoesNotContain(rowTerm, line => line.Contains("NodeByLabelTextScan", StringComparison.Ordinal));
        Assert.DoesNotContain(twoLabels, line => line.Contains("NodeByLabelTextScan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transaction_sees_its_own_writes()
    {
        await using var session = await Open();
        const string query = "MATCH (n) WHERE (n:A OR n:B) AND toLower(n.name) CONTAINS $term RETURN n.name AS name ORDER BY name";
        Assert.Equal(["Carla", "Carmen"], await Searched(session, query, "car"));

        var seen = await session.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAsync("CREATE (:B {name: 'Oscar'}) WITH 1 AS one MATCH (n:A {name: 'Carla'}) SET n.name = 'Zed'");
            return (await tx.RunAsync(query, Term("car"))).Column("name").ToList();
        });
        var written = (await session.RunAsync(
            "CREATE (:A {name: 'Scar'}) WITH 1 AS one MATCH (n) WHERE (n:A OR n:B) AND toLower(n.name) CONTAINS $term RETURN n.name AS name ORDER BY name",
            Term("car"))).Column("name");

        Assert.Equal(["Carmen", "Oscar"], seen);
        Assert.Equal(["Carmen", "Oscar", "Scar"], written);
    }

    [Fact]
    public async Task A_commit_publishes_a_snapshot_whose_text_is_built_afresh()
    {
        await using var session = await Open();
        const string query = "MATCH (n:A) WHERE toLower(n.name) STARTS WITH $term RETURN n.name AS name";
        var before = session.Store.Current;
        Assert.Equal(["Carla", "Carmen"], await Names(session, query, "car"));
        Assert.Equal(0, before.TextColumns.SizeInBytes);
        Assert.Equal(["Carla", "Carmen"], await Names(session, query, "car"));
        Assert.NotEqual(0, before.TextColumns.SizeInBytes);
        var column = before.TextColumns.Get("A", "name");

        await session.RunAsync("MATCH (n:A {name: 'Carla'}) SET n.name = 'Olga' CREATE (:A {name: 'CARL'})");
        var after = session.Store.Current;

        Assert.Equal(["Carmen", "CARL"], await Searched(session, query, "car"));
        Assert.Same(column, before.TextColumns.Get("A", "name"));
        Assert.NotSame(column, after.TextColumns.Get("A", "name"));
    }

    [Fact]
    public async Task Readers_sharing_a_snapshot_build_its_column_once_and_agree()
    {
        await using var session = await Open();
        const string query = "MATCH (n) WHERE (n:A OR n:B) AND toLower(n.name) CONTAINS $term RETURN n.name AS name";
        var expected = await Names(session, query.Replace("toLower(n.name)", "toLower(n.name + '')", StringComparison.Ordinal), "e");
        var snapshot = session.Store.Current;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Searched(session, query, "e"))));

        Assert.All(results, result => Assert.Equal(expected, result));
        Assert.Same(snapshot.TextColumns.Get("B", "name"), snapshot.TextColumns.Get("B", "name"));
    }

    [Fact]
    public async Task A_column_is_bytes_when_all_its_text_is_ASCII_and_lists_other_values_apart()
    {
        await using var session = await Open();
        await session.RunAsync("CREATE (:B {name: 7}), (:D {name: 'x'})");
        var snapshot = session.Store.Current;

        var ascii = snapshot.TextColumns.Get("B", "name")!;
        var text = snapshot.TextColumns.Get("A", "name")!;
        var none = snapshot.TextColumns.Get("Missing", "name")!;

        Assert.True(ascii.IsAscii);
        Assert.False(text.IsAscii);
        Assert.Equal((6, 1), (ascii.StringCount, ascii.OtherCount));
        Assert.Equal((8, 0), (text.StringCount, text.OtherCount));
        Assert.Equal((0, 0), (none.StringCount, none.OtherCount));
        Assert.True(text.SizeInBytes > ascii.SizeInBytes);
        var matched = new List<long>();
        var cursor = ascii.Find(BinaryOperator.Contains, "b");
        while (cursor.MoveNext())
        {
            matched.Add(cursor.Evaluate ? -1 : 1);
        }
        Assert.Equal([1L, 1L, -1L], matched);
    }
}
