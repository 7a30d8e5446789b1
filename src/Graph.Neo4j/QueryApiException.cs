using System.Net;
using Graph.Core.Cypher;

namespace Graph.Neo4j;

/// <summary>
/// A Cypher error from the Query API. Remembers the HTTP status and whether Neo4j itself reported the code
/// (an <c>errors</c> entry) or this client derived it from a bare HTTP status, such as a proxy's 502: retry rules
/// treat the two differently.
/// </summary>
internal sealed class QueryApiException(
    string code,
    string message,
    HttpStatusCode? status,
    bool reportedByNeo4j,
    int? line = null,
    int? column = null,
    int? offset = null)
    : CypherException(code, message, line, column, offset)
{
    public HttpStatusCode? Status { get; } = status;

    public bool ReportedByNeo4j { get; } = reportedByNeo4j;
}
