using System.Net.Http.Json;
using System.Text.Json;
using Graph.Import;
using Graph.Neo4j.Tests.Fakes;
using Graph.Testing;

namespace Graph.Neo4j.Tests.EndToEnd;

/// <summary>A source's date over Neo4j: the importer sends it as a typed Date, and a Date read back is served as one.</summary>
public sealed class SourceDateOverNeo4jTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_importer_sends_a_source_s_date_as_a_typed_Date()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.EmptyGraph();
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var report = await new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary)).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        Assert.False(report.HasFailures, string.Join("\n", report.Pages.Select(p => p.Error)));
        var sources = server.Of(FakeRoute.Run).Where(r => FakeGraphReplies.Statement(r).Contains("MERGE (n:Source", StringComparison.Ordinal)).ToList();
        var dates = sources.SelectMany(r => r.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value").EnumerateArray())
            .Select(row => row.GetProperty("_value").GetProperty("props").GetProperty("_value"))
            .Where(props => props.TryGetProperty("date", out _))
            .Select(props => props.GetProperty("date").GetRawText())
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["""{"$type":"Date","_value":"2026-02-12"}""", """{"$type":"Date","_value":"2026-06-08"}"""], dates);
    }

    [Fact]
    public async Task A_Date_neo4j_returns_is_served_as_YYYY_MM_DD()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Answer(request => FakeGraphReplies.Statement(request) == "MATCH (n:Source {id: $id}) RETURN n"
            ? FakeReply.Row(["n"], """
                {"$type":"Node","_value":{"_element_id":"4:db:9","_labels":["Source"],
                 "_properties":{"id":{"$type":"String","_value":"source:x"},"title":{"$type":"String","_value":"X"},"date":{"$type":"Date","_value":"2025-03-05"}}}}
                """)
            : null);
        await using var factory = new Neo4jApiFactory(server.Uri, new AdjustableClock());
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = """{ node(id: "source:x") { ... on Source { title date } } }""" }, Token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal("""{"title":"X","date":"2025-03-05"}""", body.RootElement.GetProperty("data").GetProperty("node").GetRawText());
    }
}
