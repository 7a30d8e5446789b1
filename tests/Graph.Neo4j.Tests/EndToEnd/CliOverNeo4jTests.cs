using Graph.Neo4j.Tests.Fakes;
using Graph.Testing;

namespace Graph.Neo4j.Tests.EndToEnd;

/// <summary>
/// `graph ... --store neo4j` in-process, with NEO4J_* pointing at the fake. The variables are process-wide, so
/// these tests run alone (no other test reads them without overriding them by configuration).
/// </summary>
[Collection(nameof(Neo4jEnvironment))]
public sealed class CliOverNeo4jTests
{
    [Fact]
    public async Task Import_writes_each_page_in_one_transaction_and_prints_the_summary()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.EmptyGraph();

        var (exit, output, error) = await RunAsync(server.Uri, "import", RepoPaths.SampleWiki, "--store", "neo4j");

        var pages = Directory.GetFiles(RepoPaths.SampleWiki, "*.md").Length;
        Assert.True(exit == 0, error);
        Assert.Contains("Imported", output, StringComparison.Ordinal);
        Assert.Equal(pages, server.Count(FakeRoute.Begin));
        Assert.Equal(pages, server.Count(FakeRoute.Commit));
        Assert.Equal($"/db/{CliRunner.Database}/query/v2/tx", server.Of(FakeRoute.Begin)[0].Path);
    }

    [Fact]
    public async Task Cypher_runs_against_neo4j_and_prints_the_rows()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Answer(request => FakeGraphReplies.Statement(request) == "MATCH (t:Tool) RETURN t.name AS tool"
            ? FakeReply.Row(["tool"], """{"$type":"String","_value":"Claude Code"}""")
            : null);

        var (exit, output, error) = await RunAsync(server.Uri, "cypher", "--store", "neo4j", "--format", "csv", "MATCH (t:Tool) RETURN t.name AS tool");

        Assert.True(exit == 0, error);
        Assert.Equal(["tool", "Claude Code"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task A_neo4j_syntax_error_is_printed_with_its_code_and_position_and_not_retried()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Answer(request => FakeGraphReplies.Statement(request) == "MATCH (n) RETRUN n"
            ? FakeReply.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN': expected ... (line 1, column 11 (offset: 10))")
            : null);

        var (exit, _, error) = await RunAsync(server.Uri, "cypher", "--store", "neo4j", "MATCH (n) RETRUN n");

        Assert.Equal(1, exit);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", error, StringComparison.Ordinal);
        Assert.Contains("line 1, column 11", error, StringComparison.Ordinal);
        Assert.Single(server.Of(FakeRoute.Query), r => FakeGraphReplies.Statement(r) == "MATCH (n) RETRUN n");
    }

    [Fact]
    public async Task Unreachable_neo4j_is_a_clear_error_naming_the_uri()
    {
        var uri = new Uri($"http://127.0.0.1:{FreePort.Next()}");

        var (exit, output, error) = await RunAsync(uri, "stats", "--store", "neo4j");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains($"Could not connect to Neo4j at {uri}", error, StringComparison.Ordinal);
        Assert.Contains("Neo.TransientError.General.DatabaseUnavailable", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_neo4j_settings_are_named_before_any_connection()
    {
        var (exit, output, error) = await CliRunner.RunAsync(new Dictionary<string, string?>(), "stats", "--store", "neo4j");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal(
            "error: --store neo4j needs settings that are not set: NEO4J_URI (the server's HTTP address, e.g. http://localhost:7474). " +
            "Set them, or leave out --store to use the embedded store in --data.",
            error.Trim());
    }

    [Fact]
    public async Task A_bolt_uri_is_refused_before_any_connection_with_the_address_to_use()
    {
        var (exit, _, error) = await RunAsync(new Uri("bolt://neo4j.example:7687"), "cypher", "--store", "neo4j", "RETURN 1");

        Assert.Equal(1, exit);
        Assert.Contains("NEO4J_URI is 'bolt://neo4j.example:7687'", error, StringComparison.Ordinal);
        Assert.Contains("http://neo4j.example:7474", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(Uri neo4j, params string[] args) => CliRunner.RunAsync(neo4j, args);
}
