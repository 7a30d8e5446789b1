namespace Graph.Api.Tests.Browser;

/// <summary>POST /cypher over the imported sample wiki: rows, parameters, and every refusal with its status and message.</summary>
public sealed class CypherConsoleTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Fact]
    public async Task Returns_columns_and_rows_with_nodes_in_full()
    {
        var (status, body) = await graph.Client.RunAsync(
            "MATCH (t:Thesis {id: 'thesis:taste-is-the-bottleneck'}) RETURN t, t.name AS name");

        Assert.Equal(200, status);
        Assert.Equal(["t", "name"], body.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var row = Assert.Single(body.GetProperty("rows").EnumerateArray()).EnumerateArray().ToList();
        Assert.Equal("Thesis", Assert.Single(row[0].GetProperty("labels").EnumerateArray()).GetString());
        Assert.Equal("taste is the bottleneck", row[0].GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("taste is the bottleneck", row[1].GetString());
        Assert.Equal(1, body.GetProperty("totalRows").GetInt32());
        Assert.False(body.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task Relationships_come_with_their_ends_and_provenance()
    {
        var (status, body) = await graph.Client.RunAsync("MATCH (:Thesis)-[r:PAIRS_WITH]-(:Thesis) RETURN r LIMIT 1");

        Assert.Equal(200, status);
        var relationship = body.GetProperty("rows")[0][0];
        Assert.Equal("PAIRS_WITH", relationship.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(relationship.GetProperty("startElementId").GetString()));
        Assert.EndsWith(".md", relationship.GetProperty("properties").GetProperty("page").GetString());
    }

    [Fact]
    public async Task Passes_parameters()
    {
        var (status, body) = await graph.Client.RunAsync("RETURN $n + 1 AS answer, $name AS name", new { n = 41, name = "Dan" });

        Assert.Equal(200, status);
        Assert.Equal(42, body.GetProperty("rows")[0][0].GetInt32());
        Assert.Equal("Dan", body.GetProperty("rows")[0][1].GetString());
    }

    [Fact]
    public async Task Integer_parameters_stay_integers()
    {
        var (status, body) = await graph.Client.RunAsync("RETURN $n / 2 AS half, toString($n) AS text, $x / 2 AS float", new { n = 41, x = 41.5 });

        Assert.Equal(200, status);
        Assert.Equal("20", body.GetProperty("rows")[0][0].GetRawText());
        Assert.Equal("41", body.GetProperty("rows")[0][1].GetString());
        Assert.Equal(20.75, body.GetProperty("rows")[0][2].GetDouble());
    }

    [Theory]
    [InlineData("CREATE (:Person {id: 'person:console-write', name: 'Console Write'})")]
    [InlineData("MERGE (:Person {id: 'person:console-write', name: 'Console Write'})")]
    [InlineData("MATCH (p:Person {id: 'person:dan-shipper'}) SET p.name = 'Changed'")]
    [InlineData("MATCH (p:Person {id: 'person:dan-shipper'}) DETACH DELETE p")]
    public async Task Refuses_writes_with_a_clear_message_and_changes_nothing(string write)
    {
        var (status, body) = await graph.Client.RunAsync(write);

        Assert.Equal(403, status);
        var error = body.GetProperty("error");
        Assert.Equal("Neo.ClientError.Statement.AccessMode", error.GetProperty("code").GetString());
        Assert.Contains("read-only", error.GetProperty("message").GetString());
        var (_, check) = await graph.Client.RunAsync(
            "OPTIONAL MATCH (w:Person {id: 'person:console-write'}) MATCH (d:Person {id: 'person:dan-shipper'}) RETURN count(w) AS written, d.name AS dan");
        Assert.Equal(0, check.GetProperty("rows")[0][0].GetInt32());
        Assert.Equal("Dan Shipper", check.GetProperty("rows")[0][1].GetString());
    }

    [Fact]
    public async Task Reports_a_syntax_error_with_its_line_and_column()
    {
        // "LIMIT" is read as the alias, so the parser stops at the 3.
        var (status, body) = await graph.Client.RunAsync("MATCH (n:Thesis)\nRETURN n.name AS\nLIMIT 3");

        Assert.Equal(400, status);
        var error = body.GetProperty("error");
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.GetProperty("code").GetString());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal(7, error.GetProperty("column").GetInt32());
        Assert.DoesNotContain("(line", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Reports_a_semantic_error()
    {
        var (status, body) = await graph.Client.RunAsync("MATCH (n) RETURN m");

        Assert.Equal(400, status);
        Assert.Contains("m", body.GetProperty("error").GetProperty("message").GetString());
        Assert.StartsWith("Neo.ClientError.Statement.", body.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{\"query\": ", "BadRequest")]
    [InlineData("{\"parameters\": {}}", "MissingQuery")]
    [InlineData("{\"query\": \"   \"}", "MissingQuery")]
    [InlineData("[\"MATCH (n) RETURN n\"]", "MissingQuery")]
    public async Task Refuses_a_request_without_a_query(string request, string code)
    {
        var (status, body) = await graph.Client.PostRawAsync(request);

        Assert.Equal(400, status);
        Assert.Equal(code, body.GetProperty("error").GetProperty("code").GetString());
    }
}
