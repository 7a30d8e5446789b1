using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Core.Cypher;

namespace Graph.Neo4j;

/// <summary>
/// Turns what Neo4j (or the network between) said into <see cref="CypherException"/>s that keep Neo4j's status code
/// and message, so callers handle both backends alike. Syntax errors get their query position parsed out of
/// Neo4j's "(line L, column C (offset: O))".
/// </summary>
internal static partial class Neo4jErrors
{
    /// <summary>The Query API answered with something this client cannot read.</summary>
    public const string ProtocolError = "Neo.DatabaseError.General.UnknownError";

    /// <summary>Neo4j could not be reached or did not answer in time; retrying later may work.</summary>
    public const string Unavailable = CypherErrorCodes.DatabaseUnavailable;

    /// <summary>The first entry of the response's <c>errors</c> array as an exception, or null when there is none.</summary>
    public static CypherException? FromErrorsArray(JsonElement errors, HttpStatusCode status, string request)
    {
        if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return null;
        }
        var first = errors[0];
        var code = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String
            ? c.GetString()!
            : ProtocolError;
        var message = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString()!
            : $"Neo4j reported {code} (HTTP {(int)status}) for {request} without a message";
        return FromStatus(code, message, status);
    }

    /// <summary>A Neo4j status code and message as an exception; syntax and other statement errors keep their position.</summary>
    public static CypherException FromStatus(string code, string message, HttpStatusCode? status = null)
    {
        var (detail, line, column, offset) = SplitPosition(message);
        return new QueryApiException(code, detail, status, reportedByNeo4j: true, line, column, offset);
    }

    /// <summary>An HTTP failure with no Neo4j error in the body (a proxy's 502, an unreadable 500...).</summary>
    public static CypherException FromHttpStatus(HttpStatusCode status, string request, string? body)
    {
        var excerpt = string.IsNullOrWhiteSpace(body) ? "" : $": {Shorten(body.Trim())}";
        var code = status switch
        {
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => Unavailable,
            HttpStatusCode.Unauthorized => "Neo.ClientError.Security.Unauthorized",
            HttpStatusCode.Forbidden => "Neo.ClientError.Security.Forbidden",
            >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError => "Neo.ClientError.Request.Invalid",
            _ => ProtocolError,
        };
        var message = $"Neo4j answered HTTP {(int)status} {status} to {request}{excerpt}";
        return new QueryApiException(code, message, status, reportedByNeo4j: false);
    }

    /// <summary>A response that is not the JSON the Query API documents.</summary>
    public static CypherException Malformed(string request, HttpStatusCode status, string problem) =>
        new QueryApiException(ProtocolError, $"Unexpected response from the Neo4j Query API to {request} (HTTP {(int)status}): {problem}", status, reportedByNeo4j: false);

    /// <summary>Network failures, timeouts and an open circuit, after retries are spent, as one transient Cypher error.</summary>
    /// <param name="notRetriedWrite">A write failed in a way that may have applied it, so it was deliberately not retried.</param>
    public static CypherException FromFailure(Exception failure, string operation, Neo4jOptions options, bool notRetriedWrite = false)
    {
        var message = failure switch
        {
            Polly.Timeout.TimeoutRejectedException =>
                $"Neo4j at {options.Uri} did not answer {operation} in time (request timeout {options.RequestTimeout}, transaction timeout {options.TransactionTimeout}).",
            Polly.CircuitBreaker.BrokenCircuitException broken =>
                $"Neo4j at {options.Uri} is failing, so {operation} was not attempted: the circuit breaker is open" +
                (broken.RetryAfter is { } after ? $" for another {after.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s." : "."),
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } =>
                $"Could not connect to Neo4j at {options.Uri} ({failure.Message}) for {operation}. Check that Neo4j is running and that " +
                "NEO4J_URI is its HTTP address (port 7474 unless changed; not Bolt's 7687).",
            _ => $"The connection to Neo4j at {options.Uri} failed during {operation}: {failure.Message}",
        };
        if (notRetriedWrite)
        {
            message += " The write was not retried because Neo4j may already have applied it.";
        }
        return new CypherException(Unavailable, message, inner: failure);
    }

    /// <summary>Splits "... (line 1, column 8 (offset: 7))" off Neo4j's message; the echoed query and caret after it go too.</summary>
    internal static (string Detail, int? Line, int? Column, int? Offset) SplitPosition(string message)
    {
        var match = PositionPattern().Match(message);
        if (!match.Success)
        {
            return (message, null, null, null);
        }
        var line = int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture);
        int? offset = match.Groups["offset"].Success ? int.Parse(match.Groups["offset"].Value, CultureInfo.InvariantCulture) : null;
        var detail = message[..match.Index].TrimEnd();
        return (detail.Length == 0 ? message : detail, line, column, offset);
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..197] + "...";

    [GeneratedRegex(@"\s*\(line (?<line>\d+), column (?<column>\d+)(?: \(offset: (?<offset>\d+)\))?\)")]
    private static partial Regex PositionPattern();
}
