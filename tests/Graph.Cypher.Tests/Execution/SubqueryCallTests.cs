using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Execution;

/// <summary>CALL { } as a statement sees it: access mode, rollback, EXPLAIN; row semantics are in Cases/call-subquery.cases.</summary>
public sealed class SubqueryCallTests
{
    [Fact]
    public async Task A_write_inside_makes_the_statement_a_write()
    {
        await using var session = EmbeddedCypherSession.Open(null);

        var error = await Assert.ThrowsAsync<CypherException>(() => session.RunAsync("UNWIND [1] AS i CALL { WITH i CREATE (:N {i: i}) }", mode: CypherAccessMode.Read));

        Assert.Equal(CypherErrorCodes.AccessMode, error.Code);
    }

    [Fact]
    public async Task A_failing_run_rolls_back_the_runs_before_it()
    {
        await using var session = EmbeddedCypherSession.Open(null);

        await Assert.ThrowsAsync<CypherException>(() => session.RunAsync("UNWIND [1, 0] AS d CALL { WITH d CREATE (:N) RETURN 1 / d AS q } RETURN q"));
        var count = (await session.RunAsync("MATCH (n:N) RETURN count(n) AS n")).Single("n");

        Assert.Equal(0L, count);
    }

    [Fact]
    public async Task Explain_shows_the_body_under_the_call()
    {
        await using var session = EmbeddedCypherSession.Open(null);

        var plan = (await session.RunAsync("EXPLAIN MATCH (p:P) CALL { WITH p MATCH (p)-->(q) RETURN count(q) AS n } RETURN p, n")).Column("plan").Cast<string>().ToList();

        var call = plan.FindIndex(line => line.Contains("CALL { } RETURN n", StringComparison.Ordinal));
        Assert.True(call >= 0, string.Join("\n", plan));
        Assert.Contains(plan.Skip(call + 1), line => line.Contains("EagerAggregation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_transactions_is_refused_by_name()
    {
        await using var session = EmbeddedCypherSession.Open(null);

        var error = await Assert.ThrowsAsync<CypherException>(() => session.RunAsync("UNWIND range(1, 3) AS i CALL { WITH i CREATE (:N) } IN TRANSACTIONS"));

        Assert.Equal(CypherErrorCodes.Unsupported, error.Code);
        Assert.Contains("CALL { } IN TRANSACTIONS", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 53), (error.Line, error.Column));
    }
}
