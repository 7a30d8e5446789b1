namespace Graph.Cypher.Tests.Execution;

/// <summary>
/// DISTINCT's per-shape key sets and size hint, and projections writing into the rows made for them, keep the
/// answers the copying versions gave, including when one cached plan runs again with other parameters.
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
}
