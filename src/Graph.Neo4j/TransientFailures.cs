using System.Net;
using System.Net.Sockets;
using Graph.Core.Cypher;
using Polly.Timeout;

namespace Graph.Neo4j;

/// <summary>
/// Which failures are worth another try, and which of those are safe to retry for a write sent in an
/// implicit (auto-commit) transaction.
/// <para>
/// Transient: connection errors (<see cref="HttpRequestException"/>, <see cref="IOException"/>, socket errors),
/// HTTP 502/503/504, Neo4j's <c>Neo.TransientError.*</c> codes, and per-attempt timeouts. Client errors
/// (<c>Neo.ClientError.*</c>) never are: the same request would fail the same way.
/// </para>
/// <para>
/// Implicit writes are retried only where the server cannot have applied them: the connection was never
/// established (nothing was sent), the server answered 503 (not processed), or Neo4j itself reported a
/// transient error (it rolled the transaction back). A reset mid-response, a timeout, a 502 or 504 leave the
/// outcome unknown, so a retry could apply the write twice: those surface to the caller instead. Explicit
/// transactions are retried as a whole unit (see <see cref="Neo4jSession.ExecuteWriteAsync{T}"/>).
/// </para>
/// </summary>
internal static class TransientFailures
{
    public static bool IsTransient(Exception failure) => failure switch
    {
        TimeoutRejectedException => true,
        OperationCanceledException => false,
        QueryApiException { ReportedByNeo4j: false } e => e.Status is HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout,
        CypherException cypher => IsRetryableNeo4jCode(cypher.Code),
        HttpRequestException or IOException or SocketException => true,
        _ => false,
    };

    /// <summary>Transient, and the write cannot have been applied, so sending it again is safe.</summary>
    public static bool IsSafeToRetryWrite(Exception failure) => failure switch
    {
        QueryApiException { ReportedByNeo4j: false } e => e.Status == HttpStatusCode.ServiceUnavailable,
        CypherException cypher => IsRetryableNeo4jCode(cypher.Code),
        HttpRequestException http => NotSent(http),
        _ => false,
    };

    /// <summary>Neo4j's transient codes, minus the two its drivers also refuse to retry (the user or admin terminated it).</summary>
    private static bool IsRetryableNeo4jCode(string code) =>
        code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        && code is not ("Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped");

    /// <summary>The connection could not be opened, so no byte of the request reached Neo4j.</summary>
    private static bool NotSent(HttpRequestException failure) =>
        failure.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;
}
