using System.Net;
using System.Net.Sockets;
using Graph.Core.Cypher;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Graph.Neo4j.Tests;

/// <summary>Which failures are retried at all, and which are safe to retry for an implicit write.</summary>
public sealed class TransientFailuresTests
{
    public static TheoryData<string, Exception, bool, bool> Cases() => new()
    {
        // name, failure, transient, safe to retry a write
        { "connection refused", new HttpRequestException(HttpRequestError.ConnectionError, "refused"), true, true },
        { "name not resolved", new HttpRequestException(HttpRequestError.NameResolutionError, "no such host"), true, true },
        { "reset mid-body", new HttpRequestException(HttpRequestError.ResponseEnded, "ended prematurely"), true, false },
        { "io error", new IOException("reset by peer"), true, false },
        { "socket error", new SocketException((int)SocketError.ConnectionReset), true, false },
        { "per-attempt timeout", new TimeoutRejectedException(), true, false },
        { "bare 503", Bare(HttpStatusCode.ServiceUnavailable), true, true },
        { "bare 502", Bare(HttpStatusCode.BadGateway), true, false },
        { "bare 504", Bare(HttpStatusCode.GatewayTimeout), true, false },
        { "bare 500", Bare(HttpStatusCode.InternalServerError), false, false },
        { "neo4j transient", Reported("Neo.TransientError.Transaction.DeadlockDetected"), true, true },
        { "neo4j unavailable", Reported(CypherErrorCodes.DatabaseUnavailable), true, true },
        { "neo4j terminated", Reported("Neo.TransientError.Transaction.Terminated"), false, false },
        { "syntax error", Reported(CypherErrorCodes.SyntaxError), false, false },
        { "constraint", Reported(CypherErrorCodes.ConstraintValidationFailed), false, false },
        { "database error", Reported("Neo.DatabaseError.General.UnknownError"), false, false },
        { "open circuit", new BrokenCircuitException(), false, false },
        { "caller cancelled", new OperationCanceledException(), false, false },
        { "bad parameter", new ArgumentException("no Cypher equivalent"), false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classifies(string name, Exception failure, bool transient, bool safeForWrites)
    {
        Assert.True(TransientFailures.IsTransient(failure) == transient, $"{name}: transient should be {transient}");
        Assert.True(TransientFailures.IsSafeToRetryWrite(failure) == safeForWrites, $"{name}: safe for writes should be {safeForWrites}");
    }

    [Fact]
    public async Task A_real_refused_connection_is_classified_as_not_sent()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new HttpClient();

        var failure = await Assert.ThrowsAsync<HttpRequestException>(
            () => client.GetAsync(new Uri($"http://127.0.0.1:{port}/"), TestContext.Current.CancellationToken));

        Assert.True(TransientFailures.IsSafeToRetryWrite(failure), $"{failure.HttpRequestError}: {failure.Message}");
    }

    private static QueryApiException Bare(HttpStatusCode status) =>
        Assert.IsType<QueryApiException>(Neo4jErrors.FromHttpStatus(status, "POST /db/neo4j/query/v2", "proxy says no"));

    private static QueryApiException Reported(string code) =>
        Assert.IsType<QueryApiException>(Neo4jErrors.FromStatus(code, "from Neo4j", HttpStatusCode.BadRequest));
}
