using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Execution;

/// <summary>
/// DISTINCT's per-shape key sets and size hint, projections writing into the rows made for them, and an Expand
/// rewriting one row for every match where its reader drops each row at once (pattern comprehensions, COLLECT,
/// COUNT, EXISTS) keep the answers the copying versions gave, including when one cached plan runs again with other
/// parameters.
/// </summary>
public sealed class RowReuseTests
{
    [Fact]
    public async Task Distinct_on_one_column_treats_equivalent_values_as_one_and_starts_fresh_on_each_run()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        const string statement = "UNWIND $xs AS x RETURN DISTINCT x";

        var first = await session.RunAsync(statement, new Dictionary<string, object?> { ["xs"] = new List<object?> { 1L, 1.0, 2L, null, null, "a", "a" } });
        var second = await session.RunAsync(statement, new Dictionary<string, object?> { ["xs"] = new List<object?> { 2L, 3L } });

        Assert.Equal([1L, 2L, null, "a"], first.Rows.Select(row => row[0]));
        Assert.Equal([2L, 3L], second.Rows.Select(row => row[0]));
    }

    [Fact]
    public async Task Distinct_on_two_and_three_columns_compares_every_column()
    {
        await using var session = EmbeddedCypherSession.Open(null);

        var two = await session.RunAsync("UNWIND [1, 2, 1] AS x UNWIND [1, 1.0, 2] AS y RETURN DISTINCT x, y");
        var three = await session.RunAsync("UNWIND [1, 1] AS x UNWIND [[1], [1.0], [2]] AS y RETURN DISTINCT x, y, x + 1 AS z");

        Assert.Equal(["1,1", "1,2", "2,1", "2,2"], two.Rows.Select(row => $"{row[0]},{row[1]}"));
        Assert.Equal(2, three.Rows.Count);
    }

    [Fact]
    public async Task Projection_after_an_expand_keeps_each_row_its_own_values()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (a:A {name: 'a'}), (a)-[:R]->(:B {name: 'b1'}), (a)-[:R]->(:B {name: 'b2'}), (a)-[:R]->(:B {name: 'b3'})");

        var result = await session.RunAsync(
            "MATCH (a:A)-[:R]->(b) WITH a, b, a.name + '-' + b.name AS pair WHERE b.name <> 'b2' RETURN pair, b.name AS b ORDER BY b");
        var crossed = await session.RunAsync("UNWIND [1, 2] AS x UNWIND [10, 20] AS y WITH x, y, x + y AS s RETURN x, y, s");

        Assert.Equal(["a-b1|b1", "a-b3|b3"], result.Rows.Select(row => $"{row[0]}|{row[1]}"));
        Assert.Equal(["1+10=11", "1+20=21", "2+10=12", "2+20=22"], crossed.Rows.Select(row => $"{row[0]}+{row[1]}={row[2]}"));
    }

    private const string Chain =
        "CREATE (a:A {name: 'a'}), (a)-[:R]->(b1:B {name: 'b1'}), (a)-[:R]->(b2:B {name: 'b2'}), (a)-[:R]->(b3:C {name: 'b3'}), " +
        "(b1)-[:S]->(:D {name: 'd1'}), (b1)-[:S]->(:D {name: 'd2'}), (b2)-[:S]->(:D {name: 'd3'}), (a)-[:R]->(b1)";

    [Fact]
    public async Task Pattern_comprehensions_and_subqueries_over_one_rewritten_row_give_every_match_its_own_values()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync(Chain);

        var result = await session.RunAsync(
            "MATCH (a:A) RETURN [(a)-[r:R]->(b:B) | {b: b.name, type: type(r), ds: [(b)-[:S]->(d) | d.name]}] AS nested, " +
            "COLLECT { MATCH (a)-[:R]->(b) RETURN DISTINCT b.name AS name } AS distinctNames, " +
            "COLLECT { MATCH (a)-[:R]->(b) RETURN b.name AS name ORDER BY name DESC } AS sorted, " +
            "COUNT { (a)-[:R]->(b) WHERE b.name STARTS WITH 'b' } AS count, [(a)-[:R]->(b) | b] AS nodes");
        var row = result.Records().Single();

        var nested = ((IEnumerable<object?>)row["nested"]!).Cast<IReadOnlyDictionary<string, object?>>()
            .Select(map => $"{map["b"]}:{map["type"]}:{string.Join("+", ((IEnumerable<object?>)map["ds"]!).OrderBy(d => (string?)d))}")
            .OrderBy(text => text, StringComparer.Ordinal);
        Assert.Equal(["b1:R:d1+d2", "b1:R:d1+d2", "b2:R:d3"], nested);
        Assert.Equal(["b1", "b2", "b3"], ((IEnumerable<object?>)row["distinctNames"]!).Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal(["b3", "b2", "b1", "b1"], ((IEnumerable<object?>)row["sorted"]!).Cast<string>());
        Assert.Equal(4L, row["count"]);
        var nodes = ((IEnumerable<object?>)row["nodes"]!).Cast<CypherNode>().Select(node => (string)node["name"]!).Order(StringComparer.Ordinal);
        Assert.Equal(["b1", "b1", "b2", "b3"], nodes);
    }

    [Fact]
    public async Task Maps_with_keys_named_in_the_query_behave_as_maps()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (:P {name: 'Ann', age: 41})");

        var result = await session.RunAsync(
            "MATCH (p:P) WITH p, p {.name, years: p.age, none: null} AS m, {a: 1, a: 2} AS repeated, {b: 1} AS other " +
            "RETURN m, keys(m) AS keys, m.years AS years, m.missing AS missing, size(keys(m)) AS size, repeated, " +
            "m = {name: 'Ann', years: 41, none: null} AS nullEqual, p {.name, years: p.age} = {years: 41, name: 'Ann'} AS equal, other = {b: 1.0} AS numericEqual, m {.*, extra: true} AS extended");
        var row = result.Records().Single();

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row["m"]);
        Assert.Equal(["name", "years", "none"], map.Keys);
        Assert.True(map.ContainsKey("none") && map["none"] is null);
        Assert.Equal(["name", "years", "none"], ((IEnumerable<object?>)row["keys"]!).Cast<string>());
        Assert.Equal((41L, null, 3L), (row["years"], row["missing"], row["size"]));
        Assert.Equal(2L, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row["repeated"])["a"]);
        Assert.Equal((null, true, true), (row["nullEqual"], row["equal"], row["numericEqual"]));
        Assert.Equal(["name", "years", "none", "extra"], Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row["extended"]).Keys);
    }
}
