using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Execution;

/// <summary>
/// The shapes the side-by-side benchmark leans on keep Cypher's answers: a label disjunction scanned as a union of
/// labels, toLower(…) CONTAINS tested without the lowered string, aggregation over rewritten rows, DISTINCT counted
/// by id, and ORDER BY … LIMIT kept as a bounded heap (stable, with SKIP, and with bounds it must leave to SKIP/LIMIT).
/// </summary>
public sealed class ScanAggregateTopTests
{
    private static async Task<List<string>> Explain(ICypherSession session, string query) =>
        (await session.RunAsync("EXPLAIN " + query, mode: CypherAccessMode.Read)).Column("plan").Cast<string>().ToList();

    [Fact]
    public async Task A_label_disjunction_scans_those_labels_once_each_node_in_id_order()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (:A {n: 1}), (:B {n: 2}), (:C {n: 3}), (:A:B {n: 4}), (:B:C {n: 5}), ({n: 6})");
        const string query = "MATCH (x) WHERE x:A OR x:B RETURN x.n AS n";

        var plan = await Explain(session, query);
        var rows = await session.RunAsync(query);

        Assert.Contains(plan, line => line.Contains("UnionNodeByLabelsScan(x:A|B)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Filter", StringComparison.Ordinal));
        Assert.Equal([1L, 2L, 4L, 5L], rows.Column("n"));
    }

    [Fact]
    public async Task An_alternative_of_several_labels_scans_their_first_and_still_filters()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (:A {n: 1}), (:A:B {n: 2}), (:C {n: 3}), (:B {n: 4})");
        const string query = "MATCH (x) WHERE x:A:B OR x:C RETURN x.n AS n ORDER BY n";

        var plan = await Explain(session, query);
        var rows = await session.RunAsync(query);

        Assert.Contains(plan, line => line.Contains("UnionNodeByLabelsScan(x:A|C)", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("Filter", StringComparison.Ordinal));
        Assert.Equal([2L, 3L], rows.Column("n"));
    }

    [Fact]
    public async Task A_disjunction_with_anything_but_labels_of_the_node_is_a_filter_over_all_nodes()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (:A {n: 1}), (:B {n: 2}), ({n: 3})");

        var plan = await Explain(session, "MATCH (x) WHERE x:A OR x.n = 3 RETURN x.n AS n");
        var rows = await session.RunAsync("MATCH (x) WHERE x:A OR x.n = 3 RETURN x.n AS n");

        Assert.Contains(plan, line => line.Contains("AllNodesScan(x)", StringComparison.Ordinal));
        Assert.Equal([1L, 3L], rows.Column("n"));
    }

    [Theory]
    [InlineData("CONTAINS", "ar", new[] { "Carla", "MARGE" })]
    [InlineData("ENDS WITH", "xy", new[] { "LONG" })]
    [InlineData("STARTS WITH", "ma", new[] { "MARGE" })]
    [InlineData("ENDS WITH", "la", new[] { "Carla" })]
    [InlineData("CONTAINS", "AR", new string[0])]
    [InlineData("CONTAINS", "är", new[] { "ÄRGER" })]
    public async Task Lowered_string_predicates_match_what_toLower_returns(string op, string term, string[] expected)
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("UNWIND ['Carla', 'MARGE', 'Bob', 'ÄRGER', $long] AS name CREATE (:P {name: name})",
            new Dictionary<string, object?> { ["long"] = new string('x', 300) + "Y" });

        var lowered = await session.RunAsync($"MATCH (p:P) WHERE toLower(p.name) {op} $term RETURN p.name AS name ORDER BY name",
            new Dictionary<string, object?> { ["term"] = term });
        var reference = await session.RunAsync($"MATCH (p:P) WITH p, toLower(p.name) AS low WHERE low {op} $term RETURN p.name AS name ORDER BY name",
            new Dictionary<string, object?> { ["term"] = term });

        Assert.Equal(expected, lowered.Column("name").Cast<string>().Select(name => name.Length > 100 ? "LONG" : name));
        Assert.Equal(reference.Column("name"), lowered.Column("name"));
    }

    [Fact]
    public async Task Lowered_predicates_keep_toLower_nulls_and_errors()
    {
        await using var session = EmbeddedCypherSession.Open(null);

        var nulls = await session.RunAsync("RETURN toLower(null) CONTAINS 'a' AS a, toLower('A') CONTAINS null AS b, toLower('Ab') CONTAINS 'b' AS c, lower('XY') ENDS WITH 'y' AS d");
        var error = await Assert.ThrowsAsync<CypherException>(() => session.RunAsync("RETURN toLower(12) CONTAINS '1' AS a"));

        Assert.Equal([null, null, true, true], nulls.Rows[0]);
        Assert.Contains("toLower", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregating_expanded_rows_keeps_each_group_its_own_values()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync(
            "CREATE (a:S {n: 'a'}), (b:S {n: 'b'}), (t:T {n: 't'}), (u:T {n: 'u'}), (v:T {n: 'v'}), " +
            "(a)-[:M]->(t), (a)-[:M]->(u), (b)-[:M]->(t), (b)-[:M]->(t), (a)-[:M]->(v)");

        var grouped = await session.RunAsync(
            "MATCH (s:S)-[r:M]->(t:T) RETURN t.n AS t, count(*) AS rows, count(DISTINCT s) AS sources, count(DISTINCT r) AS rels, " +
            "collect(DISTINCT s.n) AS names, min(s.n) AS first ORDER BY t");

        Assert.Equal(["t|3|2|3|a,b|a", "u|1|1|1|a|a", "v|1|1|1|a|a"],
            grouped.Rows.Select(row => $"{row[0]}|{row[1]}|{row[2]}|{row[3]}|{string.Join(",", ((IEnumerable<object?>)row[4]!).OrderBy(x => x))}|{row[5]}"));
    }

    [Fact]
    public async Task Count_distinct_still_compares_values_other_than_nodes_as_cypher_does()
    {
        await using var session = EmbeddedCypherSession.Open(null);

        var counted = await session.RunAsync("UNWIND [1, 1.0, 2, null, 'a', 'a', [1], [1.0]] AS x RETURN count(DISTINCT x) AS c");

        Assert.Equal(4L, counted.Rows[0][0]);
    }

    [Fact]
    public async Task Distinct_values_are_kept_per_group_and_groups_of_nulls_still_answer()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (a:S {n: 1}), (b:S {n: 2}), (a)-[:M]->(:T {g: 'x'}), (a)-[:M]->(:T {g: 'y'}), (b)-[:M]->(:T {g: 'y'})");
        const string perGroup = "MATCH (s:S)-[:M]->(t:T) RETURN t.g AS g, count(DISTINCT s) AS c ORDER BY g";
        const string nulls = "UNWIND [['x', null], ['y', 1], ['y', null]] AS p " +
            "RETURN p[0] AS k, count(DISTINCT p[1]) AS c, collect(DISTINCT p[1]) AS l, sum(p[1]) AS s ORDER BY k";

        var first = await session.RunAsync(perGroup);
        // The plan is cached and sized from this run: a second run with three times the groups must still count right.
        await session.RunAsync("MATCH (s:S) UNWIND range(1, 6) AS i CREATE (s)-[:M]->(:T {g: 'z' + i})");
        var second = await session.RunAsync(perGroup);
        var withNulls = await session.RunAsync(nulls);

        Assert.Equal(["x|1", "y|2"], first.Rows.Select(row => $"{row[0]}|{row[1]}"));
        Assert.Equal(8, second.Rows.Count);
        Assert.All(second.Rows.Skip(2), row => Assert.Equal(2L, row[1]));
        Assert.Equal(["x|0||0", "y|1|1|1"],
            withNulls.Rows.Select(row => $"{row[0]}|{row[1]}|{string.Join(",", (IEnumerable<object?>)row[2]!)}|{row[3]}"));
    }

    [Fact]
    public async Task Count_distinct_of_the_scanned_node_agrees_with_the_general_count()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        // Every source reaches tools through two middle nodes, some tools over both, some twice over one: the same
        // (tool, source) pair comes back several times, always among the rows of that source.
        await session.RunAsync(
            "UNWIND range(0, 29) AS i CREATE (:T {n: i}) " +
            "WITH count(*) AS made UNWIND range(0, 59) AS j CREATE (s:S {n: j}) " +
            "WITH s, j CREATE (s)-[:M]->(a:Mid), (s)-[:M]->(b:Mid) " +
            "WITH s, j, a, b MATCH (t:T) WHERE t.n % 7 = j % 7 OR t.n % 11 = j % 11 " +
            "CREATE (a)-[:R]->(t) WITH s, j, a, b, t WHERE t.n % 2 = 0 CREATE (b)-[:R]->(t), (b)-[:R]->(t)");
        const string grouped = "MATCH (s:S)-[:M]->(:Mid)-[:R]->(t:T) RETURN t.n AS t, count(DISTINCT s) AS c, count(*) AS rows ORDER BY t";
        // A projection between scan and aggregation: the general per-group set counts it.
        const string general = "MATCH (s:S)-[:M]->(:Mid)-[:R]->(t:T) WITH s AS x, t RETURN t.n AS t, count(DISTINCT x) AS c, count(*) AS rows ORDER BY t";
        // Sources scanned once per row of an earlier MATCH come in no grouped order.
        const string repeated = "MATCH (k:T) WHERE k.n < 2 MATCH (s:S)-[:M]->(:Mid)-[:R]->(t:T) RETURN t.n AS t, count(DISTINCT s) AS c ORDER BY t";

        var fast = await session.RunAsync(grouped);
        var slow = await session.RunAsync(general);
        var twice = await session.RunAsync(repeated);

        Assert.Equal(30, fast.Rows.Count);
        Assert.Equal(slow.Rows.Select(row => $"{row[0]}|{row[1]}|{row[2]}"), fast.Rows.Select(row => $"{row[0]}|{row[1]}|{row[2]}"));
        Assert.Contains(fast.Rows, row => (long)row[2]! > (long)row[1]!);
        Assert.Equal(fast.Rows.Select(row => $"{row[0]}|{row[1]}"), twice.Rows.Select(row => $"{row[0]}|{row[1]}"));
    }

    [Fact]
    public async Task Order_by_with_limit_keeps_the_first_rows_of_a_stable_sort()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        const string rows = "UNWIND range(1, 200) AS i WITH i, i % 7 AS k ";

        var top = await session.RunAsync(rows + "RETURN i ORDER BY k DESC LIMIT 5");
        var skipped = await session.RunAsync(rows + "RETURN i ORDER BY k, i DESC SKIP 3 LIMIT 4");
        var all = await session.RunAsync(rows + "RETURN i ORDER BY k DESC");
        var none = await session.RunAsync(rows + "RETURN i ORDER BY k LIMIT 0");

        Assert.Contains(await Explain(session, rows + "RETURN i ORDER BY k LIMIT 5"), line => line.Contains("Top(k)", StringComparison.Ordinal));
        Assert.Equal(all.Column("i").Take(5), top.Column("i"));
        Assert.Equal([6L, 13L, 20L, 27L, 34L], top.Column("i"));
        Assert.Equal([175L, 168L, 161L, 154L], skipped.Column("i"));
        Assert.Empty(none.Rows);
    }

    [Fact]
    public async Task A_bad_limit_under_order_by_is_still_refused_by_limit()
    {
        await using var session = EmbeddedCypherSession.Open(null);

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            session.RunAsync("UNWIND [3, 1, 2] AS x RETURN x ORDER BY x LIMIT $n", new Dictionary<string, object?> { ["n"] = -1L }));
        var many = await session.RunAsync("UNWIND [3, 1, 2] AS x RETURN x ORDER BY x LIMIT $n", new Dictionary<string, object?> { ["n"] = 1_000_000L });

        Assert.Contains("LIMIT", error.Message, StringComparison.Ordinal);
        Assert.Equal([1L, 2L, 3L], many.Column("x"));
    }

    [Fact]
    public async Task Anonymous_relationships_stay_unique_within_a_match_whenever_their_types_can_meet()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (:N {n: 1})-[:R]->(:N {n: 2})-[:S]->(:N {n: 3})");

        var overlapping = await session.RunAsync("MATCH (a)-[:R]->(b), (c)-[:R|S]->(d) RETURN count(*) AS c");
        var untyped = await session.RunAsync("MATCH (a)-[:R]->(b), (c)-->(d) RETURN count(*) AS c");
        var disjoint = await session.RunAsync("MATCH (a)-[:R]->(b)-[:S]->(c) RETURN a.n + b.n + c.n AS c");
        var named = await session.RunAsync("MATCH p = (a)-[:R]->(b)-[:S]->(c) RETURN [r IN relationships(p) | type(r)] AS c");

        Assert.Equal(1L, overlapping.Rows[0][0]);
        Assert.Equal(1L, untyped.Rows[0][0]);
        Assert.Equal(6L, disjoint.Rows[0][0]);
        Assert.Equal(["R", "S"], ((IEnumerable<object?>)named.Rows[0][0]!).Cast<string>());
    }
}
