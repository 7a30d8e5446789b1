using System.Net;
using System.Text;
using Graph.Core.Cypher;

namespace Graph.Neo4j.Tests;

/// <summary>Neo4j error bodies and bare HTTP failures mapped to CypherExceptions with code, message and position.</summary>
public sealed class Neo4jErrorsTests
{
    private const string Request = "POST /db/neo4j/query/v2";

    private static CypherException Parse(string body, HttpStatusCode status) =>
        Assert.ThrowsAny<CypherException>(() => QueryResponse.Parse(Encoding.UTF8.GetBytes(body), status, Request, null));

    [Theory]
    [InlineData("Invalid input 'X': expected 'RETURN' (line 1, column 1 (offset: 0))\n\"X\"\n ^", "Invalid input 'X': expected 'RETURN'", 1, 1, 0)]
    [InlineData("Variable `m` not defined (line 3, column 10 (offset: 42))", "Variable `m` not defined", 3, 10, 42)]
    [InlineData("Something odd (line 2, column 5)", "Something odd", 2, 5, null)]
    public void Positions_are_parsed_out_of_neo4j_messages(string message, string detail, int line, int column, int? offset)
    {
        var (parsedDetail, parsedLine, parsedColumn, parsedOffset) = Neo4jErrors.SplitPosition(message);

        Assert.Equal((detail, line, column, offset), (parsedDetail, parsedLine, parsedColumn, parsedOffset));
    }

    [Fact]
    public void Messages_without_a_position_are_kept_whole()
    {
        var (detail, line, column, offset) = Neo4jErrors.SplitPosition("Node(1) already exists with label `Person`");

        Assert.Equal(("Node(1) already exists with label `Person`", (int?)null, (int?)null, (int?)null), (detail, line, column, offset));
    }

    [Fact]
    public void The_first_error_of_a_202_answer_wins()
    {
        var error = Parse(
            """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'x' (line 1, column 4 (offset: 3))"},{"code":"Other","message":"ignored"}]}""",
            HttpStatusCode.Accepted);

        Assert.Equal(CypherErrorCodes.SyntaxError, error.Code);
        Assert.True(error.IsClientError);
        Assert.Equal((1, 4, 3), (error.Line, error.Column, error.Offset));
        Assert.True(Assert.IsType<QueryApiException>(error).ReportedByNeo4j);
    }

    [Fact]
    public void An_error_without_a_message_still_names_the_code_and_request()
    {
        var error = Parse("""{"errors":[{"code":"Neo.DatabaseError.General.UnknownError"}]}""", HttpStatusCode.InternalServerError);

        Assert.Equal("Neo.DatabaseError.General.UnknownError", error.Code);
        Assert.Contains(Request, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway, CypherErrorCodes.DatabaseUnavailable)]
    [InlineData(HttpStatusCode.ServiceUnavailable, CypherErrorCodes.DatabaseUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout, CypherErrorCodes.DatabaseUnavailable)]
    [InlineData(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized")]
    [InlineData(HttpStatusCode.NotFound, "Neo.ClientError.Request.Invalid")]
    [InlineData(HttpStatusCode.InternalServerError, Neo4jErrors.ProtocolError)]
    public void Bare_http_failures_get_a_code_by_status_and_quote_the_body(HttpStatusCode status, string code)
    {
        var error = Parse("upstream connect error", status);

        Assert.Equal(code, error.Code);
        Assert.Contains($"HTTP {(int)status}", error.Message, StringComparison.Ordinal);
        Assert.Contains("upstream connect error", error.Message, StringComparison.Ordinal);
        Assert.False(Assert.IsType<QueryApiException>(error).ReportedByNeo4j);
    }

    [Fact]
    public void An_empty_success_body_is_a_protocol_error()
    {
        var error = Parse("", HttpStatusCode.Accepted);

        Assert.Equal(Neo4jErrors.ProtocolError, error.Code);
        Assert.Contains("empty body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transaction_answer_carries_id_expiry_and_affinity()
    {
        var response = QueryResponse.Parse(
            Encoding.UTF8.GetBytes("""{"data":{"fields":[],"values":[]},"bookmarks":["FB:1"],"transaction":{"id":"lyU","expires":"2024-10-22T15:48:29Z"}}"""),
            HttpStatusCode.Accepted, Request, "MTAuOC41Ljc6MTc0NzQ=");

        Assert.Equal("lyU", response.TransactionId);
        Assert.Equal(new DateTimeOffset(2024, 10, 22, 15, 48, 29, TimeSpan.Zero), response.Expires);
        Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", response.ClusterAffinity);
        Assert.Equal(["FB:1"], response.Bookmarks);
    }
}
