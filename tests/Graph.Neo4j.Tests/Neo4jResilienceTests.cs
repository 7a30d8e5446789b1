using System.Net;
using System.Net.Sockets;
using Graph.Core.Cypher;
using Graph.Neo4j.Tests.Fakes;
using Graph.Testing;

namespace Graph.Neo4j.Tests;

/// <summary>
/// Retries, timeouts and the circuit breaker for implicit transactions, against faults the fake Neo4j plays.
/// Every test asserts exactly how many requests reached the server.
/// </summary>
public sealed class Neo4jResilienceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_503_then_success_is_retried_once_and_succeeds()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.Bare(503));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var result = await session.RunAsync("RETURN 1 AS ok", mode: CypherAccessMode.Read, cancellationToken: Token);

        Assert.Equal(1L, result.Single("ok"));
        Assert.Equal(2, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task A_503_before_an_implicit_write_is_retried_because_the_server_did_not_process_it()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.Bare(503));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        await session.RunAsync("CREATE (n:Thesis) RETURN 1 AS ok", cancellationToken: Token);

        Assert.Equal(2, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task A_neo4j_transient_error_is_retried_even_for_writes_since_neo4j_rolled_it_back()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.Error("Neo.TransientError.Transaction.DeadlockDetected", "Deadlock", 400));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        await session.RunAsync("MERGE (n:Thesis {id: 'x'}) RETURN 1 AS ok", cancellationToken: Token);

        Assert.Equal(2, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts_with_a_transient_error()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.Bare(503), FakeReply.Bare(503), FakeReply.Bare(503), FakeReply.Bare(503));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri, retries: 2));

        var error = await Assert.ThrowsAnyAsync<CypherException>(
            () => session.RunAsync("RETURN 1", mode: CypherAccessMode.Read, cancellationToken: Token));

        Assert.True(error.IsTransient);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task A_read_whose_connection_resets_mid_body_is_retried()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.ResetMidBody());
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var result = await session.RunAsync("RETURN 1 AS ok", mode: CypherAccessMode.Read, cancellationToken: Token);

        Assert.Equal(1L, result.Single("ok"));
        Assert.Equal(2, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task An_implicit_write_whose_connection_resets_mid_body_is_not_retried()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.ResetMidBody());
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var error = await Assert.ThrowsAsync<CypherException>(() => session.RunAsync("CREATE (:Tool)", cancellationToken: Token));

        Assert.Equal(CypherErrorCodes.DatabaseUnavailable, error.Code);
        Assert.Contains("during a write query", error.Message, StringComparison.Ordinal);
        Assert.Contains("not retried because Neo4j may already have applied it", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task A_502_from_a_proxy_is_retried_for_reads_but_not_for_implicit_writes()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        server.Enqueue(FakeRoute.Query, FakeReply.Bare(502));
        await session.RunAsync("RETURN 1 AS ok", mode: CypherAccessMode.Read, cancellationToken: Token);
        Assert.Equal(2, server.Count(FakeRoute.Query));
        server.Enqueue(FakeRoute.Query, FakeReply.Bare(502));
        var error = await Assert.ThrowsAsync<QueryApiException>(() => session.RunAsync("CREATE (:Tool)", cancellationToken: Token));

        Assert.Equal(HttpStatusCode.BadGateway, error.Status);
        Assert.Equal(3, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task A_slow_read_times_out_per_attempt_and_fails_with_a_clear_error_after_its_retries()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        var slow = FakeReply.Slow(TimeSpan.FromSeconds(30), FakeReply.Json(FakeNeo4jServer.DefaultRow + "}"));
        server.Enqueue(FakeRoute.Query, slow, slow);
        var options = TestOptions.For(server.Uri, retries: 1);
        options.RequestTimeout = TimeSpan.FromMilliseconds(300);
        await using var session = new Neo4jSession(options);

        var error = await Assert.ThrowsAsync<CypherException>(
            () => session.RunAsync("RETURN 1", mode: CypherAccessMode.Read, cancellationToken: Token));

        Assert.Equal(CypherErrorCodes.DatabaseUnavailable, error.Code);
        Assert.Contains("did not answer a read query in time", error.Message, StringComparison.Ordinal);
        Assert.Contains("00:00:00.3", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task A_slow_implicit_write_times_out_once_and_is_not_retried()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.Slow(TimeSpan.FromSeconds(30), FakeReply.Json("{}")));
        var options = TestOptions.For(server.Uri);
        options.RequestTimeout = TimeSpan.FromMilliseconds(300);
        await using var session = new Neo4jSession(options);

        var error = await Assert.ThrowsAsync<CypherException>(() => session.RunAsync("CREATE (:Tool)", cancellationToken: Token));

        Assert.Contains("did not answer a write query in time", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task A_syntax_error_is_not_retried_and_carries_code_and_position()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.Error(
            CypherErrorCodes.SyntaxError,
            "Invalid input 'RETRUN': expected 'ALTER', 'CALL' or 'RETURN' (line 2, column 3 (offset: 12))\n\"  RETRUN 1\"\n   ^"));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var error = await Assert.ThrowsAsync<QueryApiException>(
            () => session.RunAsync("MATCH (n)\n  RETRUN 1", mode: CypherAccessMode.Read, cancellationToken: Token));

        Assert.Equal(CypherErrorCodes.SyntaxError, error.Code);
        Assert.Equal((2, 3, 12), (error.Line, error.Column, error.Offset));
        Assert.Equal("Invalid input 'RETRUN': expected 'ALTER', 'CALL' or 'RETURN'", error.Detail);
        Assert.Equal("Invalid input 'RETRUN': expected 'ALTER', 'CALL' or 'RETURN' (line 2, column 3)", error.Message);
        Assert.Equal(1, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task The_callers_cancellation_stops_at_once_and_is_neither_retried_nor_wrapped()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.Slow(TimeSpan.FromSeconds(30), FakeReply.Json("{}")));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);

        var run = session.RunAsync("RETURN 1", mode: CypherAccessMode.Read, cancellationToken: cancellation.Token);
        await WaitForRequestsAsync(server, 1);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(1, server.Count(FakeRoute.Query));
        Assert.Equal(Neo4jCircuitState.Closed, session.CircuitState);
    }

    [Fact]
    public async Task Connection_refused_is_retried_even_for_writes_because_nothing_was_sent()
    {
        var handler = new CountingHandler();
        var options = TestOptions.For(new Uri($"http://127.0.0.1:{FreePort.Next()}"), retries: 2);
        await using var session = new Neo4jSession(options, handler, timeProvider: null);

        var error = await Assert.ThrowsAsync<CypherException>(() => session.RunAsync("CREATE (:Tool)", cancellationToken: Token));

        Assert.Equal(CypherErrorCodes.DatabaseUnavailable, error.Code);
        Assert.StartsWith("Could not connect to Neo4j at http://127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, handler.Attempts);
    }

    [Fact]
    public async Task Repeated_failures_open_the_circuit_which_fails_fast_then_a_probe_closes_it()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.Bare(503), FakeReply.Bare(503));
        var clock = new AdjustableClock();
        var options = TestOptions.For(server.Uri, retries: 0);
        options.BreakerMinimumThroughput = 2;
        options.BreakerFailureRatio = 0.5;
        options.BreakerSamplingDuration = TimeSpan.FromMinutes(1);
        options.BreakerBreakDuration = TimeSpan.FromSeconds(30);
        await using var session = new Neo4jSession(options, clock);
        Task Read() => session.RunAsync("RETURN 1 AS ok", mode: CypherAccessMode.Read, cancellationToken: Token);

        await Assert.ThrowsAsync<QueryApiException>(Read);
        Assert.Equal(Neo4jCircuitState.Closed, session.CircuitState);
        await Assert.ThrowsAsync<QueryApiException>(Read);
        Assert.Equal(Neo4jCircuitState.Open, session.CircuitState);

        var fastFailure = await Assert.ThrowsAsync<CypherException>(Read);
        Assert.Equal(CypherErrorCodes.DatabaseUnavailable, fastFailure.Code);
        Assert.Contains("circuit breaker is open", fastFailure.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Count(FakeRoute.Query));

        clock.Advance(TimeSpan.FromSeconds(31));
        await Read();
        Assert.Equal(Neo4jCircuitState.Closed, session.CircuitState);
        Assert.Equal(3, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task Client_errors_do_not_open_the_circuit()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            server.Enqueue(FakeRoute.Query, FakeReply.Error(CypherErrorCodes.SemanticError, "Variable `x` not defined (line 1, column 8 (offset: 7))"));
        }
        var options = TestOptions.For(server.Uri, retries: 0);
        options.BreakerMinimumThroughput = 2;
        await using var session = new Neo4jSession(options);

        for (var i = 0; i < 4; i++)
        {
            var error = await Assert.ThrowsAsync<QueryApiException>(() => session.RunAsync("RETURN x", cancellationToken: Token));
            Assert.Equal((1, 8), (error.Line, error.Column));
        }

        Assert.Equal(Neo4jCircuitState.Closed, session.CircuitState);
        Assert.Equal(4, server.Count(FakeRoute.Query));
    }

    private static async Task WaitForRequestsAsync(FakeNeo4jServer server, int count)
    {
        for (var i = 0; i < 500 && server.Requests.Count < count; i++)
        {
            await Task.Delay(10, Token);
        }
        Assert.Equal(count, server.Requests.Count);
    }
}
