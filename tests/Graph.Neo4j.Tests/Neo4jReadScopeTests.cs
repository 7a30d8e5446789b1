using Graph.Core.Cypher;
using Graph.Neo4j.Tests.Fakes;

namespace Graph.Neo4j.Tests;

/// <summary>
/// <see cref="Neo4jSession.InOneSnapshotAsync{T}"/>: the reads of one answer go through one READ transaction, so they
/// all see one version of the graph; writes and reads outside it stay implicit.
/// </summary>
public sealed class Neo4jReadScopeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_reads_of_one_answer_share_one_read_transaction_even_when_sent_at_once()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var rows = await session.InOneSnapshotAsync(async () =>
        {
            // Batched fields resolve side by side: the scope sends their statements one at a time on its transaction.
            var reads = await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
                session.RunAsync($"RETURN {i} AS ok", null, CypherAccessMode.Read, Token)));
            return reads.Length;
        }, Token);
        await session.RunAsync("RETURN 9 AS ok", null, CypherAccessMode.Read, Token);

        Assert.Equal(3, rows);
        Assert.Equal([FakeRoute.Begin, FakeRoute.Run, FakeRoute.Run, FakeRoute.Run, FakeRoute.Rollback, FakeRoute.Query],
            server.Requests.Select(r => r.Route));
        Assert.Equal("READ", server.Of(FakeRoute.Begin).Single().Text("accessMode"));
        Assert.All(server.Requests.Skip(1).Take(4), request => Assert.Equal("tx-1", request.TransactionId));
    }

    [Fact]
    public async Task An_answer_that_reads_nothing_opens_no_transaction_and_writes_stay_their_own()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        await session.InOneSnapshotAsync(() => Task.FromResult(0), Token);
        await session.InOneSnapshotAsync(() => session.RunAsync("CREATE (:Tool) RETURN 1 AS ok", null, CypherAccessMode.Write, Token), Token);

        Assert.Equal([FakeRoute.Query], server.Requests.Select(r => r.Route));
        Assert.Equal("WRITE", server.Requests.Single().Text("accessMode"));
    }

    [Fact]
    public async Task A_failed_read_reaches_the_caller_and_the_transaction_is_released()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Run, FakeReply.Error(CypherErrorCodes.SyntaxError, "Invalid input 'RETRUN'"));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var error = await Assert.ThrowsAsync<QueryApiException>(() => session.InOneSnapshotAsync(
            () => session.RunAsync("RETRUN 1", null, CypherAccessMode.Read, Token), Token));

        Assert.Equal(CypherErrorCodes.SyntaxError, error.Code);
        Assert.Equal([FakeRoute.Begin, FakeRoute.Run, FakeRoute.Rollback], server.Requests.Select(r => r.Route));
    }
}
