using Graph.Core.Cypher;
using Graph.Cypher;
using Graph.Import;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Queries;

/// <summary>The sample wiki imported into an in-memory embedded store with the schema applied, shared by a test class.</summary>
public sealed class SampleWikiGraph : IAsyncLifetime
{
    public EmbeddedCypherSession Session { get; } = EmbeddedCypherSession.Open(null);

    public async ValueTask InitializeAsync()
    {
        await GraphSchema.ApplyAsync(Session, TestContext.Current.CancellationToken);
        var report = await new WikiImporter(Session, Vocabulary.Load(RepoPaths.SampleVocabulary))
            .ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: TestContext.Current.CancellationToken);
        if (report.HasFailures)
        {
            throw new InvalidOperationException("The sample wiki did not import: " + string.Join("; ", report.Pages.Select(p => p.Error).OfType<PageError>()));
        }
    }

    /// <summary>Runs cypher/queries/{name}.cypher read-only, as an analyst would paste it.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunLibraryQueryAsync(string name, Dictionary<string, object?>? parameters = null)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepoPaths.CypherQueries, name + ".cypher"), TestContext.Current.CancellationToken);
        var result = await Session.RunAsync(text, parameters, CypherAccessMode.Read, TestContext.Current.CancellationToken);
        return result.Records().ToList();
    }

    public ValueTask DisposeAsync() => Session.DisposeAsync();
}
