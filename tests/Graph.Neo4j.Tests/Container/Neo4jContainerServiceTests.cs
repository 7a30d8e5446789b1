using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Core.Cypher;
using Graph.Import;
using Graph.Neo4j.Tests.Queries;
using Graph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Graph.Neo4j.Tests.Container;

/// <summary>
/// The importer, the analyst queries and the API against a real neo4j:5.26-community, compared with the embedded
/// engine over the same sample wiki: the same answers on both backends. Skipped, with the reason, without Docker.
/// </summary>
[Collection(nameof(Neo4jContainer))]
public sealed class Neo4jContainerServiceTests(Neo4jContainerFixture neo4j, SampleWikiGraph embedded) : IClassFixture<SampleWikiGraph>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_sample_wiki_imports_and_every_library_query_answers_as_on_the_embedded_engine()
    {
        await using var session = await FreshGraphAsync();

        var report = await new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary)).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);
        var again = await new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary)).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        Assert.False(report.HasFailures, string.Join("\n", report.Pages.Select(p => p.Error)));
        Assert.Equal(report.Pages.Count, again.Unchanged);
        var parameters = new Dictionary<string, object?> { ["thesis"] = "taste is the bottleneck", ["limit"] = 10L };
        foreach (var file in Directory.GetFiles(RepoPaths.CypherQueries, "*.cypher"))
        {
            var text = await File.ReadAllTextAsync(file, Token);
            var onNeo4j = await session.RunAsync(text, parameters, CypherAccessMode.Read, Token);
            var onEmbedded = await embedded.Session.RunAsync(text, parameters, CypherAccessMode.Read, Token);
            Assert.Equal(Normalized(onEmbedded), Normalized(onNeo4j));
        }
    }

    [Fact]
    public async Task The_service_on_neo4j_answers_graphql_and_reports_ready()
    {
        await (await FreshGraphAsync()).DisposeAsync();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Graph:Store", "neo4j");
            builder.UseSetting("Graph:ImportWiki", RepoPaths.SampleWiki);
            builder.UseSetting("Neo4j:Uri", neo4j.Options.Uri.ToString());
            builder.UseSetting("Neo4j:User", neo4j.Options.User);
            builder.UseSetting("Neo4j:Password", neo4j.Options.Password);
        });
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync("/health/ready", Token);
        using var response = await client.PostAsJsonAsync("/graphql", new { query = """{ pairsWith(thesis: "taste is the bottleneck") { thesis { name } } }""" }, Token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var names = body.RootElement.GetProperty("data").GetProperty("pairsWith").EnumerateArray()
            .Select(p => p.GetProperty("thesis").GetProperty("name").GetString()).Distinct().ToList();
        Assert.Equal(["every agent needs a human who cares about it", "expertise gains value as code gets cheap"], names);
    }

    private async Task<Neo4jSession> FreshGraphAsync()
    {
        if (neo4j.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
        var session = new Neo4jSession(neo4j.Options);
        await session.RunAsync("MATCH (n) DETACH DELETE n", cancellationToken: Token);
        await GraphSchema.ApplyAsync(session, Token);
        return session;
    }

    /// <summary>Rows as sorted text, lists inside sorted too: collect() order and ties under ORDER BY are not specified.</summary>
    private static List<string> Normalized(CypherResult result) =>
        result.Rows.Select(row => string.Join(" | ", row.Select(Text))).Order(StringComparer.Ordinal).ToList();

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => s,
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Text).Order(StringComparer.Ordinal)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
