using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Core.Cypher;
using Graph.Import;
using Graph.Neo4j.Tests.Fakes;
using Graph.Testing;

namespace Graph.Neo4j.Tests.EndToEnd;

/// <summary>
/// The service with Graph:Store=neo4j against the fake Neo4j: schema applied at start, GraphQL reads sent as READ
/// implicit transactions, and /health/ready following the circuit breaker as it opens and recovers.
/// </summary>
public sealed class ApiOverNeo4jTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_applies_the_schema_and_health_reports_the_backend_and_a_closed_circuit()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var factory = new Neo4jApiFactory(server.Uri, new AdjustableClock());
        using var client = factory.CreateClient();

        var (status, store) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("neo4j", store.GetProperty("data").GetProperty("backend").GetString());
        Assert.Equal("closed", store.GetProperty("data").GetProperty("circuit").GetString());
        Assert.Equal(GraphSchema.Statements, server.Of(FakeRoute.Query).Take(GraphSchema.Statements.Count).Select(FakeGraphReplies.Statement));
        Assert.Equal("Basic", server.Requests[0].Header("authorization")?.Split(' ')[0]);
    }

    [Fact]
    public async Task Repeated_failures_open_the_circuit_health_says_so_then_it_recovers()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        var clock = new AdjustableClock();
        await using var factory = new Neo4jApiFactory(server.Uri, clock);
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(client)).Status);
        var before = server.Count(FakeRoute.Query);
        // Let the start-up successes leave the sampling window, so the next failures decide alone.
        clock.Advance(Neo4jApiFactory.SamplingDuration + TimeSpan.FromSeconds(1));
        server.Enqueue(FakeRoute.Query, FakeReply.Bare(503), FakeReply.Bare(503));

        var first = await ReadyAsync(client);
        var second = await ReadyAsync(client);
        var third = await ReadyAsync(client);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "closed"), (first.Status, Circuit(first.Store)));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "open"), (second.Status, Circuit(second.Store)));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "open"), (third.Status, Circuit(third.Store)));
        Assert.Contains("circuit breaker is open", third.Store.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(before + 2, server.Count(FakeRoute.Query));

        clock.Advance(Neo4jApiFactory.BreakDuration + TimeSpan.FromSeconds(1));
        var recovered = await ReadyAsync(client);

        Assert.Equal((HttpStatusCode.OK, "closed"), (recovered.Status, Circuit(recovered.Store)));
        Assert.Equal(before + 3, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task A_graphql_query_reads_from_neo4j_in_one_read_transaction_and_maps_the_node()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Answer(request => FakeGraphReplies.Statement(request) == "MATCH (n:Person {id: $id}) RETURN n"
            ? FakeReply.Row(["n"], """
                {"$type":"Node","_value":{"_element_id":"4:db:7","_labels":["Person"],
                 "_properties":{"id":{"$type":"String","_value":"person:andrew-ambrosino"},"name":{"$type":"String","_value":"Andrew Ambrosino"}}}}
                """)
            : null);
        await using var factory = new Neo4jApiFactory(server.Uri, new AdjustableClock());
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql",
            new { query = """{ node(id: "person:andrew-ambrosino") { id ... on Person { name } } }""" }, Token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var node = body.RootElement.GetProperty("data").GetProperty("node");
        Assert.Equal("Andrew Ambrosino", node.GetProperty("name").GetString());
        // The response's reads run in one READ transaction (one version of the graph per answer).
        var read = Assert.Single(server.Of(FakeRoute.Run), r => FakeGraphReplies.Statement(r).StartsWith("MATCH (n:Person", StringComparison.Ordinal));
        var begin = Assert.Single(server.Of(FakeRoute.Begin));
        Assert.Equal("READ", begin.Text("accessMode"));
        Assert.Equal(begin.TransactionId ?? read.TransactionId, read.TransactionId);
        Assert.Single(server.Of(FakeRoute.Rollback), r => r.TransactionId == read.TransactionId);
        Assert.Equal("person:andrew-ambrosino", FakeGraphReplies.Parameter(read, "id"));
    }

    [Fact]
    public async Task Start_up_import_writes_each_sample_page_in_its_own_transaction()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.EmptyGraph();
        await using var factory = new Neo4jApiFactory(server.Uri, new AdjustableClock(), RepoPaths.SampleWiki);
        using var client = factory.CreateClient();

        var (status, _) = await ReadyAsync(client);

        var pages = Directory.GetFiles(RepoPaths.SampleWiki, "*.md").Length;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(pages, server.Count(FakeRoute.Begin));
        Assert.Equal(pages, server.Count(FakeRoute.Commit));
    }

    [Fact]
    public async Task A_missing_neo4j_address_stops_the_start_naming_the_setting()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable("NEO4J_URI") is not null, "NEO4J_URI is set in this environment, so the address is not missing.");

        var error = await StartFailureAsync();

        Assert.Equal("Cannot use Neo4j as the graph store: settings are not set: NEO4J_URI (the server's HTTP address, e.g. http://localhost:7474) (or Neo4j:Uri in configuration).", error.Message);
    }

    [Fact]
    public async Task Unreachable_neo4j_stops_the_start_with_an_error_naming_the_address()
    {
        var uri = new Uri($"http://127.0.0.1:{FreePort.Next()}");

        var error = await StartFailureAsync($"--Neo4j:Uri={uri}", "--Neo4j:MaxRetryAttempts=1");

        Assert.Equal(CypherErrorCodes.DatabaseUnavailable, Assert.IsType<CypherException>(error).Code);
        Assert.Contains($"Could not connect to Neo4j at {uri}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bolt_uri_in_configuration_stops_the_start_naming_the_setting_and_the_address_to_use()
    {
        var error = await StartFailureAsync("--Neo4j:Uri=bolt://neo4j.example:7687");

        Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("Cannot use Neo4j as the graph store: Neo4j setting Uri is 'bolt://neo4j.example:7687'", error.Message, StringComparison.Ordinal);
        Assert.Contains("use http://neo4j.example:7474", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Starts the service as `graph serve` does (not through the test host, which reports start failures less directly).</summary>
    private static async Task<Exception> StartFailureAsync(params string[] settings)
    {
        await using var app = Api.GraphApp.Build(["--urls", "http://127.0.0.1:0", "--Graph:Store=neo4j", "--Logging:LogLevel:Default=None", .. settings]);
        return await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync(Token));
    }

    private static string? Circuit(JsonElement store) => store.GetProperty("data").GetProperty("circuit").GetString();

    private static async Task<(HttpStatusCode Status, JsonElement Store)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready", Token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        return (response.StatusCode, body.RootElement.GetProperty("checks").GetProperty("store").Clone());
    }
}
