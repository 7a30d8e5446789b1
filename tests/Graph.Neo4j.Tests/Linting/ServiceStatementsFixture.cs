using Graph.Api.Data;
using Graph.Core.Cypher;
using Graph.Core.Model;
using Graph.Cypher;
using Graph.Import;
using Graph.Neo4j.Tests.EndToEnd;
using Graph.Neo4j.Tests.Fakes;
using Graph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Neo4j.Tests.Linting;

/// <summary>
/// Every Cypher statement the service sends, recorded from real runs on the embedded engine: the importer over the
/// sample wiki (first import, then a re-import with a page removed), and the API importing it at start and answering
/// every root GraphQL field (see <see cref="GraphQLSchemaWalker"/>); one list and one top list of each shape the
/// API composes per request (<see cref="GraphQueries.Composed"/>); and what the `graph` commands send to a fake
/// Neo4j (hence the NEO4J_* collection). Written to artifacts/cypher-lint/statements.json.
/// </summary>
public sealed class ServiceStatementsFixture : IAsyncLifetime
{
    private readonly StatementLog _log = new();

    public IReadOnlyList<(string Source, string Text)> Statements => _log.Statements;

    /// <summary>Root GraphQL fields that never answered without errors, with the last error.</summary>
    public IReadOnlyDictionary<string, string> UnansweredFields { get; private set; } = new Dictionary<string, string>();

    public string StatementsFile { get; } = Path.Combine(RepoPaths.Root, "artifacts", "cypher-lint", "statements.json");

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await RecordImporterAsync(cancellationToken);
        await RecordApiAsync(cancellationToken);
        await RecordCliAsync();
        foreach (var statement in GraphQueries.All)
        {
            _log.Add("GraphQueries.All", statement);
        }
        foreach (var (statement, _) in GraphQueries.Composed)
        {
            _log.Add("GraphQueries.Composed", statement);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(StatementsFile)!);
        await File.WriteAllTextAsync(StatementsFile, System.Text.Json.JsonSerializer.Serialize(new
        {
            labels = Labels.All.Append(Labels.Page),
            relationshipTypes = RelationshipTypes.All,
            statements = Statements.Select(s => new { source = s.Source, text = s.Text }),
        }), cancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task RecordImporterAsync(CancellationToken cancellationToken)
    {
        var wiki = RepoPaths.NewTempDirectory("graph-lint-wiki");
        try
        {
            foreach (var page in Directory.GetFiles(RepoPaths.SampleWiki, "*.md"))
            {
                File.Copy(page, Path.Combine(wiki, Path.GetFileName(page)));
            }
            await using var session = new RecordingCypherSession(EmbeddedCypherSession.Open(null), _log, "importer");
            var vocabulary = Vocabulary.Load(RepoPaths.SampleVocabulary);
            await GraphSchema.ApplyAsync(session, cancellationToken);
            await new WikiImporter(session, vocabulary).ImportDirectoryAsync(wiki, cancellationToken: cancellationToken);
            File.Delete(Directory.GetFiles(wiki, "*.md").Order(StringComparer.Ordinal).First());
            await new WikiImporter(session, vocabulary).ImportDirectoryAsync(wiki, cancellationToken: cancellationToken);
        }
        finally
        {
            Directory.Delete(wiki, recursive: true);
        }
    }

    private async Task RecordApiAsync(CancellationToken cancellationToken)
    {
        var data = RepoPaths.NewTempDirectory("graph-lint-api");
        var store = EmbeddedCypherSession.Open(data);
        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseSetting("Graph:DataDirectory", data);
                builder.UseSetting("Graph:ImportWiki", RepoPaths.SampleWiki);
                builder.ConfigureTestServices(services => services.AddSingleton<ICypherSession>(new RecordingCypherSession(store, _log, "graphql")));
            });
            using var client = factory.CreateClient();
            var walker = new GraphQLSchemaWalker(client, await SamplesAsync(store, cancellationToken));
            UnansweredFields = await walker.ExerciseAsync(cancellationToken);
        }
        finally
        {
            await store.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>What the `graph` commands send to Neo4j (import, stats), as the fake Neo4j received it.</summary>
    private async Task RecordCliAsync()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.EmptyGraph();
        foreach (var args in new[] { new[] { "import", RepoPaths.SampleWiki }, ["stats"] })
        {
            var (exit, _, error) = await CliRunner.RunAsync(server.Uri, [.. args, "--store", "neo4j"]);
            if (exit != 0)
            {
                throw new InvalidOperationException($"graph {string.Join(' ', args)} --store neo4j failed: {error}");
            }
        }
        foreach (var request in server.Requests.Where(r => r.Route is FakeRoute.Query or FakeRoute.Run))
        {
            _log.Add("cli", FakeGraphReplies.Statement(request));
        }
    }

    /// <summary>Argument values from the imported graph: one id and one name per label, so lookups find something.</summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<object>>> SamplesAsync(ICypherSession store, CancellationToken cancellationToken)
    {
        var ids = new List<object>();
        var names = new List<object>();
        foreach (var label in Labels.All)
        {
            var result = await store.RunAsync(
                $"MATCH (n:{label}) RETURN n.id AS id, coalesce(n.name, n.title, n.text) AS name ORDER BY id LIMIT 1", null, CypherAccessMode.Read, cancellationToken);
            foreach (var row in result.Rows)
            {
                ids.Add(row[0]!);
                names.Add(row[1] ?? row[0]!);
            }
        }
        return new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal)
        {
            ["ID"] = ids,
            ["String"] = names,
            ["Int"] = [2],
            ["Float"] = [0.5],
            ["Boolean"] = [true],
        };
    }
}
