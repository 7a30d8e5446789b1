using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Execution;

/// <summary>COLLECT { } with parameters and in match order; the rest of its semantics is in Cases/collect.cases.</summary>
public sealed class CollectSubqueryTests
{
    private static async Task<EmbeddedCypherSession> WithNumbers()
    {
        var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (p:P {n: 'p'}) WITH p UNWIND [4, 1, 6, 3, 5, 2] AS i CREATE (p)-[:T]->(:Q {i: i, odd: i % 2 = 1})");
        return session;
    }

    private static async Task<IReadOnlyList<object?>> Collected(ICypherSession session, string query, Dictionary<string, object?> parameters) =>
        (IReadOnlyList<object?>)(await session.RunAsync(query, parameters, CypherAccessMode.Read)).Single("found")!;

    [Fact]
    public async Task Skip_and_limit_take_parameters()
    {
        await using var session = await WithNumbers();

        var page = await Collected(session,
            "MATCH (p:P) RETURN COLLECT { MATCH (p)-->(q) RETURN q.i ORDER BY q.i SKIP $skip LIMIT $limit } AS found",
            new() { ["skip"] = 1L, ["limit"] = 3L });

        Assert.Equal([2L, 3L, 4L], page);
    }

    [Fact]
    public async Task Parameters_work_in_the_body_patterns_where_and_return()
    {
        await using var session = await WithNumbers();

        var found = await Collected(session,
            "MATCH (p:P) RETURN COLLECT { MATCH (p)-->(q:Q {odd: $odd}) WHERE q.i > $above RETURN q.i * $factor ORDER BY q.i DESC } AS found",
            new() { ["odd"] = true, ["above"] = 1L, ["factor"] = 10L });

        Assert.Equal([50L, 30L], found);
    }

    [Fact]
    public async Task Without_order_by_the_list_follows_the_match_order()
    {
        await using var session = await WithNumbers();
        var matched = await session.RunAsync("MATCH (p:P)-->(q) RETURN q.i AS i", mode: CypherAccessMode.Read);

        var collected = await Collected(session, "MATCH (p:P) RETURN COLLECT { MATCH (p)-->(q) RETURN q.i } AS found", []);

        Assert.Equal(matched.Column("i"), collected);
    }

    [Fact]
    public async Task A_missing_parameter_inside_is_reported()
    {
        await using var session = await WithNumbers();

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            session.RunAsync("MATCH (p:P) RETURN COLLECT { MATCH (p)-->(q) RETURN q.i LIMIT $limit } AS found", mode: CypherAccessMode.Read));

        Assert.Equal(CypherErrorCodes.ParameterMissing, error.Code);
    }
}
