using Graph.Core.Cypher;
using Graph.Neo4j.Tests.Fakes;

namespace Graph.Neo4j.Tests;

/// <summary>
/// Explicit transactions through <see cref="Neo4jSession.ExecuteWriteAsync{T}"/>: begin, run, commit, rollback,
/// cluster affinity, and the whole unit retried on transient failure. Counts every request per endpoint.
/// </summary>
public sealed class Neo4jTransactionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Opens_runs_each_statement_and_commits_sending_the_affinity_back()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var total = await session.ExecuteWriteAsync(async tx =>
        {
            var first = await tx.RunAsync("MERGE (p:Person {id: $id}) RETURN 1 AS ok", new Dictionary<string, object?> { ["id"] = "person:a" }, Token);
            var second = await tx.RunAsync("MERGE (t:Tool {id: 'tool:b'}) RETURN 1 AS ok", cancellationToken: Token);
            return (long)first.Single("ok")! + (long)second.Single("ok")!;
        }, Token);

        Assert.Equal(2L, total);
        Assert.Equal([FakeRoute.Begin, FakeRoute.Run, FakeRoute.Run, FakeRoute.Commit], server.Requests.Select(r => r.Route));
        var begin = server.Of(FakeRoute.Begin).Single();
        Assert.Equal("WRITE", begin.Text("accessMode"));
        foreach (var request in server.Requests.Skip(1))
        {
            Assert.Equal("tx-1", request.TransactionId);
            Assert.Equal("affinity-1", request.Header("neo4j-cluster-affinity"));
        }
        Assert.Equal("""{"$type":"String","_value":"person:a"}""", server.Of(FakeRoute.Run)[0].Json.GetProperty("parameters").GetProperty("id").GetRawText());
    }

    [Fact]
    public async Task A_statement_error_rolls_back_and_is_not_retried()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Run, FakeReply.Error(
            CypherErrorCodes.ConstraintValidationFailed, "Node(1) already exists with label `Person` and property `id` = 'person:a'"));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));
        var attempts = 0;

        var error = await Assert.ThrowsAsync<QueryApiException>(() => session.ExecuteWriteAsync(async tx =>
        {
            attempts++;
            await tx.RunAsync("CREATE (:Person {id: 'person:a'})", cancellationToken: Token);
            return 0;
        }, Token));

        Assert.Equal(CypherErrorCodes.ConstraintValidationFailed, error.Code);
        Assert.Equal(1, attempts);
        Assert.Equal([FakeRoute.Begin, FakeRoute.Run, FakeRoute.Rollback], server.Requests.Select(r => r.Route));
        Assert.Equal("affinity-1", server.Of(FakeRoute.Rollback).Single().Header("neo4j-cluster-affinity"));
    }

    [Fact]
    public async Task An_exception_from_the_work_rolls_back_without_commit_and_reaches_the_caller_unchanged()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => session.ExecuteWriteAsync<int>(async tx =>
        {
            await tx.RunAsync("CREATE (:Tool)", cancellationToken: Token);
            throw new InvalidDataException("page.md line 3: bad bullet");
        }, Token));

        Assert.Equal("page.md line 3: bad bullet", error.Message);
        Assert.Equal([FakeRoute.Begin, FakeRoute.Run, FakeRoute.Rollback], server.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task A_connection_reset_mid_statement_retries_the_whole_transaction()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Run, FakeReply.ResetMidBody());
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));
        var attempts = 0;

        var result = await session.ExecuteWriteAsync(async tx =>
        {
            attempts++;
            return (await tx.RunAsync("MERGE (:Tool {id: 'tool:x'}) RETURN 1 AS ok", cancellationToken: Token)).Single("ok");
        }, Token);

        Assert.Equal(1L, result);
        Assert.Equal(2, attempts);
        Assert.Equal(
            [FakeRoute.Begin, FakeRoute.Run, FakeRoute.Rollback, FakeRoute.Begin, FakeRoute.Run, FakeRoute.Commit],
            server.Requests.Select(r => r.Route));
        // The retry is a new transaction, not a replay inside the broken one.
        var runs = server.Of(FakeRoute.Run);
        Assert.Equal("tx-1", runs[0].TransactionId);
        Assert.Equal("tx-1", server.Of(FakeRoute.Rollback).Single().TransactionId);
        Assert.NotEqual("tx-1", runs[1].TransactionId);
        Assert.Equal(runs[1].TransactionId, server.Of(FakeRoute.Commit).Single().TransactionId);
    }

    [Fact]
    public async Task A_503_on_commit_retries_the_whole_transaction()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Commit, FakeReply.Bare(503));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        await session.ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Tool)", cancellationToken: Token), Token);

        Assert.Equal(2, server.Count(FakeRoute.Begin));
        Assert.Equal(2, server.Count(FakeRoute.Run));
        Assert.Equal(2, server.Count(FakeRoute.Commit));
        Assert.StartsWith("FB:commit-", Assert.Single(session.Bookmarks));
    }

    [Fact]
    public async Task A_transaction_that_keeps_failing_gives_up_after_its_retries_with_a_transient_error()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Begin, FakeReply.ResetMidBody(), FakeReply.ResetMidBody(), FakeReply.ResetMidBody());
        await using var session = new Neo4jSession(TestOptions.For(server.Uri, retries: 2));
        var attempts = 0;

        var error = await Assert.ThrowsAsync<CypherException>(() => session.ExecuteWriteAsync(tx =>
        {
            attempts++;
            return tx.RunAsync("CREATE (:Tool)", cancellationToken: Token);
        }, Token));

        Assert.Equal(CypherErrorCodes.DatabaseUnavailable, error.Code);
        Assert.Contains("during a write transaction", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, attempts);
        Assert.Equal(3, server.Count(FakeRoute.Begin));
        Assert.Equal(0, server.Count(FakeRoute.Commit));
    }

    [Fact]
    public async Task A_slow_statement_times_out_and_the_transaction_is_retried()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Run, FakeReply.Slow(TimeSpan.FromSeconds(30), FakeReply.Json("{}")));
        var options = TestOptions.For(server.Uri);
        // Long enough for the healthy requests of the retry even on a loaded machine.
        options.RequestTimeout = TimeSpan.FromSeconds(1);
        await using var session = new Neo4jSession(options);

        await session.ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Tool)", cancellationToken: Token), Token);

        Assert.Equal(
            [FakeRoute.Begin, FakeRoute.Run, FakeRoute.Rollback, FakeRoute.Begin, FakeRoute.Run, FakeRoute.Commit],
            server.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task Using_a_transaction_after_its_statement_failed_is_refused_without_a_request()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Run, FakeReply.Error(CypherErrorCodes.SemanticError, "Variable `x` not defined"));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));
        InvalidOperationException? misuse = null;

        await Assert.ThrowsAsync<QueryApiException>(() => session.ExecuteWriteAsync(async tx =>
        {
            try
            {
                await tx.RunAsync("RETURN x", cancellationToken: Token);
            }
            catch (CypherException)
            {
                misuse = await Assert.ThrowsAsync<InvalidOperationException>(() => tx.RunAsync("RETURN 1", cancellationToken: Token));
                throw;
            }
            return 0;
        }, Token));

        Assert.NotNull(misuse);
        Assert.Contains("transaction tx-1", misuse.Message, StringComparison.Ordinal);
        Assert.Contains("failed", misuse.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Count(FakeRoute.Run));
    }

    [Fact]
    public async Task A_begin_answer_without_a_transaction_id_is_a_clear_protocol_error()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Begin, FakeReply.Json("""{"data":{"fields":[],"values":[]}}"""));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var error = await Assert.ThrowsAsync<CypherException>(
            () => session.ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Tool)", cancellationToken: Token), Token));

        Assert.Equal(Neo4jErrors.ProtocolError, error.Code);
        Assert.Contains("without a transaction id", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Count(FakeRoute.Begin));
    }
}
