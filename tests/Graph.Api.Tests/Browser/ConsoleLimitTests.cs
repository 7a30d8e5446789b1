using Graph.Api.CypherConsole;
using Graph.Core.Cypher;
using Graph.Cypher;
using Microsoft.Extensions.Options;

namespace Graph.Api.Tests.Browser;

/// <summary>
/// The console's bounds on the real engine: a dense graph where counting every path never ends in practice, so only
/// the time limit stops it; a row cap; and a cap on queries at once. Timings are limits, never assertions.
/// </summary>
public sealed class ConsoleLimitTests : IAsyncLifetime
{
    /// <summary>Every path of a 30-node tournament, both ways: astronomically many.</summary>
    internal const string EndlessQuery = "MATCH p = (:N)-[*]-(:N) RETURN count(p) AS paths";

    private readonly EmbeddedCypherSession session = EmbeddedCypherSession.Open(null);

    public async ValueTask InitializeAsync() => await SeedDenseGraphAsync(session);

    public ValueTask DisposeAsync() => session.DisposeAsync();

    internal static async Task SeedDenseGraphAsync(ICypherSession store)
    {
        await store.RunAsync("UNWIND range(1, 30) AS i CREATE (:N {i: i})", cancellationToken: TestContext.Current.CancellationToken);
        await store.RunAsync("MATCH (a:N), (b:N) WHERE a.i < b.i CREATE (a)-[:R]->(b)", cancellationToken: TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_query_past_the_time_limit_is_answered_as_timed_out()
    {
        var runner = Runner(timeout: TimeSpan.FromMilliseconds(200));

        var outcome = await runner.RunAsync(EndlessQuery, null, TestContext.Current.CancellationToken);

        var timedOut = Assert.IsType<ConsoleOutcome.TimedOut>(outcome);
        Assert.Equal(TimeSpan.FromMilliseconds(200), timedOut.Timeout);
    }

    [Fact]
    public async Task A_timed_out_query_is_stopped_and_frees_its_slot()
    {
        var runner = Runner(timeout: TimeSpan.FromMilliseconds(200), maxConcurrent: 1);

        Assert.IsType<ConsoleOutcome.TimedOut>(await runner.RunAsync(EndlessQuery, null, TestContext.Current.CancellationToken));

        // The engine notices the cancelled token at its next check and gives the slot back; were it still running,
        // every later query would be refused as busy.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        ConsoleOutcome next;
        do
        {
            next = await runner.RunAsync("RETURN 1 AS one", null, TestContext.Current.CancellationToken);
            if (next is ConsoleOutcome.Busy)
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }
        }
        while (next is ConsoleOutcome.Busy && DateTime.UtcNow < deadline);
        Assert.IsType<ConsoleOutcome.Rows>(next);
    }

    [Fact]
    public async Task More_queries_than_slots_are_refused_as_busy_not_queued()
    {
        var runner = Runner(timeout: TimeSpan.FromMilliseconds(300), maxConcurrent: 1);

        // RunAsync takes its slot before it first yields, so the endless query holds it when the call returns.
        var endless = runner.RunAsync(EndlessQuery, null, TestContext.Current.CancellationToken);
        var second = await runner.RunAsync("RETURN 1 AS one", null, TestContext.Current.CancellationToken);

        Assert.Equal(1, Assert.IsType<ConsoleOutcome.Busy>(second).MaxConcurrentQueries);
        Assert.IsType<ConsoleOutcome.TimedOut>(await endless);
    }

    [Fact]
    public async Task Rows_past_the_cap_are_dropped_and_counted()
    {
        var runner = Runner(maxRows: 5);

        var rows = Assert.IsType<ConsoleOutcome.Rows>(await runner.RunAsync("UNWIND range(1, 20) AS i RETURN i", null, TestContext.Current.CancellationToken));

        Assert.Equal([1L, 2L, 3L, 4L, 5L], rows.Result.Rows.Select(row => (long)row[0]!));
        Assert.Equal(20, rows.TotalRows);
        Assert.True(rows.Truncated);
    }

    [Fact]
    public async Task Writes_are_refused_by_the_store_in_read_mode()
    {
        var runner = Runner();

        var refused = Assert.IsType<ConsoleOutcome.Refused>(await runner.RunAsync("CREATE (:N {i: 99})", null, TestContext.Current.CancellationToken));

        Assert.Equal(CypherErrorCodes.AccessMode, refused.Error.Code);
        Assert.Equal(30L, (await session.RunAsync("MATCH (n:N) RETURN count(n) AS c", cancellationToken: TestContext.Current.CancellationToken)).Single("c"));
    }

    private ConsoleQueryRunner Runner(TimeSpan? timeout = null, int maxRows = 1000, int maxConcurrent = 2) =>
        new(session, Options.Create(new CypherConsoleOptions { Timeout = timeout ?? TimeSpan.FromSeconds(30), MaxRows = maxRows, MaxConcurrentQueries = maxConcurrent }));
}
