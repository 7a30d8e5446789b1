using Graph.Core.Cypher;
using Graph.Core.Model;
using Graph.Cypher;
using Graph.Import.Tests.Support;
using Graph.Testing;

namespace Graph.Import.Tests.EndToEnd;

/// <summary>The importer's Cypher run by the embedded engine: what lands in the graph, and that re-imports are stable.</summary>
public sealed class EmbeddedImportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Vocabulary SampleVocabulary => Vocabulary.Load(RepoPaths.SampleVocabulary);

    [Fact]
    public async Task Importing_the_samples_stores_exactly_the_extracted_facts()
    {
        await using var session = await OpenAsync();

        var report = await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        Assert.False(report.HasFailures, string.Join("\n", report.Pages.Select(p => p.Error)));
        var expectedNodes = SampleFacts.Pages.SelectMany(p => p.Nodes).Select(n => (n.Label, n.Id)).Distinct().ToList();
        foreach (var label in Labels.All)
        {
            var count = await CountAsync(session, $"MATCH (n:{label}) RETURN count(n) AS c");
            Assert.Equal(expectedNodes.Count(n => n.Label == label), count);
        }
        foreach (var type in RelationshipTypes.All)
        {
            var count = await CountAsync(session, $"MATCH ()-[r:{type}]->() RETURN count(r) AS c");
            Assert.Equal(SampleFacts.Relationships.Count(r => r.Type == type), count);
        }
    }

    [Fact]
    public async Task The_headline_pairing_answers_with_thesis_holder_and_evidence()
    {
        await using var session = await OpenAsync();
        await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        var result = await session.RunAsync(
            """
            MATCH (t:Thesis {id: $id})-[p:PAIRS_WITH]-(other:Thesis)
            OPTIONAL MATCH (holder:Person)-[:HOLDS]->(other)
            RETURN other.name AS thesis, collect(DISTINCT holder.name) AS heldBy, p.evidence AS evidence
            ORDER BY thesis
            """,
            new Dictionary<string, object?> { ["id"] = NodeIds.For(Labels.Thesis, "taste is the bottleneck") },
            CypherAccessMode.Read,
            Token);

        var row = result.Records().Single(r => Equals(r["thesis"], "every agent needs a human who cares about it"));
        Assert.Contains("Dan Shipper", (IEnumerable<object?>)row["heldBy"]!);
        Assert.Contains("are the same observation from two seats", (string)row["evidence"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_batches_its_commits_into_one_and_ends_the_batch()
    {
        await using var inner = await OpenAsync();
        var session = new BatchCountingSession(inner);

        var report = await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        Assert.False(report.HasFailures);
        Assert.Equal((1, 1), (session.Started, session.Ended));
        Assert.True(session.WritesInsideBatch > 0);
        Assert.Equal(0, session.WritesOutsideBatch);
    }

    // The embedded session, with a count of the batches the importer opens and of the page writes made inside them.
    private sealed class BatchCountingSession(ICypherSession inner) : ICypherSession, IBatchedCommits
    {
        private int open;

        public int Started { get; private set; }

        public int Ended { get; private set; }

        public int WritesInsideBatch { get; private set; }

        public int WritesOutsideBatch { get; private set; }

        public string Backend => inner.Backend;

        public IDisposable BatchCommits()
        {
            var batch = ((IBatchedCommits)inner).BatchCommits();
            Started++;
            open++;
            return new Ending(() =>
            {
                batch.Dispose();
                open--;
                Ended++;
            });
        }

        public Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CypherAccessMode mode = CypherAccessMode.Write, CancellationToken cancellationToken = default) =>
            inner.RunAsync(query, parameters, mode, cancellationToken);

        public Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken = default)
        {
            if (open > 0)
            {
                WritesInsideBatch++;
            }
            else
            {
                WritesOutsideBatch++;
            }
            return inner.ExecuteWriteAsync(work, cancellationToken);
        }

        public Task<T> InOneSnapshotAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default) =>
            inner.InOneSnapshotAsync(work, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private sealed class Ending(Action end) : IDisposable
        {
            public void Dispose() => end();
        }
    }

    [Fact]
    public async Task Reimporting_gives_an_identical_graph()
    {
        await using var session = await OpenAsync();
        await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);
        var first = await GraphDump.ReadAsync(session, Token);

        var skipped = await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);
        Assert.Equal(skipped.Pages.Count, skipped.Unchanged);
        Assert.Equal(first, await GraphDump.ReadAsync(session, Token));

        var forced = await new WikiImporter(session, SampleVocabulary) { SkipUnchanged = false }.ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);
        Assert.Equal(forced.Pages.Count, forced.Imported);
        Assert.Equal(first, await GraphDump.ReadAsync(session, Token));
    }

    [Fact]
    public async Task Editing_a_page_changes_only_its_facts()
    {
        using var wiki = TestWiki.CopyOfSamples();
        await using var session = await OpenAsync();
        var importer = new WikiImporter(session, SampleVocabulary);
        await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
        var othersBefore = await RelationshipsNotFromAsync(session, "vibe-coding-to-agentic-engineering.md");

        wiki.Write("vibe-coding-to-agentic-engineering.md", wiki.Read("vibe-coding-to-agentic-engineering.md")
            .Replace("**Cap the step size.**", "**Review every step.**", StringComparison.Ordinal));
        var report = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.Equal(["vibe-coding-to-agentic-engineering.md"], report.Pages.Where(p => p.Status == PageStatus.Imported).Select(p => p.Page));
        Assert.Equal(othersBefore, await RelationshipsNotFromAsync(session, "vibe-coding-to-agentic-engineering.md"));
        Assert.Equal(1, await CountAsync(session, "MATCH (:Source)-[:SUGGESTS]->(p:Practice {id: 'practice:review-every-step'}) RETURN count(p) AS c"));
        Assert.Equal(0, await CountAsync(session, "MATCH (p:Practice {id: 'practice:cap-the-step-size'}) RETURN count(p) AS c"));
    }

    [Fact]
    public async Task Every_relationship_in_the_graph_carries_provenance()
    {
        await using var session = await OpenAsync();
        await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        var missing = await CountAsync(session,
            "MATCH ()-[r]->() WHERE r.page IS NULL OR r.section IS NULL OR r.line IS NULL OR r.line < 1 OR r.evidence IS NULL RETURN count(r) AS c");
        var total = await CountAsync(session, "MATCH ()-[r]->() RETURN count(r) AS c");

        Assert.Equal(0, missing);
        Assert.True(total > 50, $"only {total} relationships");
    }

    [Fact]
    public async Task A_malformed_page_fails_alone_and_the_rest_is_queryable()
    {
        using var wiki = TestWiki.CopyOfSamples();
        wiki.Write("broken.md", "---\ntitle: [oops\n---\n# Broken\n");
        await using var session = await OpenAsync();

        var report = await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        var failed = Assert.Single(report.Pages, p => p.Status == PageStatus.Failed);
        Assert.Equal("broken.md", failed.Error?.File);
        Assert.NotNull(failed.Error?.Line);
        Assert.Equal(6, await CountAsync(session, "MATCH (:Page)-[:DESCRIBES]->(s:Source) RETURN count(DISTINCT s) AS c"));
    }

    private static async Task<EmbeddedCypherSession> OpenAsync()
    {
        var session = EmbeddedCypherSession.Open(null);
        await GraphSchema.ApplyAsync(session, Token);
        return session;
    }

    private static async Task<long> CountAsync(ICypherSession session, string query) =>
        (long)(await session.RunAsync(query, null, CypherAccessMode.Read, Token)).Single("c")!;

    private static async Task<List<string>> RelationshipsNotFromAsync(ICypherSession session, string page)
    {
        var result = await session.RunAsync(
            "MATCH (a)-[r]->(b) WHERE r.page <> $page RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + r.page + ':' + toString(r.line) AS line",
            new Dictionary<string, object?> { ["page"] = page }, CypherAccessMode.Read, Token);
        return result.Column("line").Cast<string>().Order(StringComparer.Ordinal).ToList();
    }
}
