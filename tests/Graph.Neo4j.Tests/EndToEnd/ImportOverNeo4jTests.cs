using Graph.Core.Cypher;
using Graph.Import;
using Graph.Neo4j.Tests.Fakes;
using Graph.Testing;

namespace Graph.Neo4j.Tests.EndToEnd;

/// <summary>
/// The real importer over the sample wiki, writing to the fake Neo4j: each page is exactly one explicit transaction
/// (begin, its statements, commit), so a page lands whole or not at all; a rejected page is rolled back alone.
/// </summary>
public sealed class ImportOverNeo4jTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static int SamplePages => Directory.GetFiles(RepoPaths.SampleWiki, "*.md", SearchOption.AllDirectories).Length;

    [Fact]
    public async Task Each_page_is_one_explicit_transaction_begun_and_committed()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.EmptyGraph();
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        await GraphSchema.ApplyAsync(session, Token);
        var report = await new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary)).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        Assert.False(report.HasFailures, string.Join("\n", report.Pages.Select(p => p.Error)));
        Assert.Equal(SamplePages, report.Imported);
        Assert.Equal(SamplePages, server.Count(FakeRoute.Begin));
        Assert.Equal(SamplePages, server.Count(FakeRoute.Commit));
        Assert.Equal(0, server.Count(FakeRoute.Rollback));
        // Implicit transactions: the schema script and the one read of imported pages; no page write among them.
        Assert.Equal(GraphSchema.Statements.Count + 1, server.Count(FakeRoute.Query));
        Assert.All(server.Of(FakeRoute.Begin), begin => Assert.Equal("WRITE", begin.Text("accessMode")));

        // Requests of one transaction are contiguous: begin, its statements (all for one page), commit.
        var transactions = server.Requests.Where(r => r.Route != FakeRoute.Query).ToList();
        var pages = new List<string>();
        for (var i = 0; i < transactions.Count;)
        {
            Assert.Equal(FakeRoute.Begin, transactions[i].Route);
            var statements = transactions.Skip(i + 1).TakeWhile(r => r.Route == FakeRoute.Run).ToList();
            var commit = transactions[i + 1 + statements.Count];
            Assert.Equal(FakeRoute.Commit, commit.Route);
            Assert.NotEmpty(statements);
            Assert.Single(statements.Append(commit).Select(r => r.TransactionId).Distinct());
            var page = Assert.Single(statements.Select(r => FakeGraphReplies.Parameter(r, "page")).OfType<string>().Distinct());
            pages.Add(page);
            i += statements.Count + 2;
        }
        Assert.Equal(report.Pages.Select(p => p.Page), pages);
    }

    [Fact]
    public async Task A_page_neo4j_rejects_is_rolled_back_alone_and_reported_with_the_neo4j_message()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.EmptyGraph();
        const string rejected = "the-ai-paradox.md";
        server.RejectPage(rejected, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(12) already exists with label `Person` and property `id` = 'person:x'");
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var report = await new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary)).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        var failed = Assert.Single(report.Pages, p => p.Error is not null);
        Assert.Equal(rejected, failed.Page);
        Assert.Contains("already exists with label `Person`", failed.Error!.ToString(), StringComparison.Ordinal);
        Assert.Equal(SamplePages - 1, report.Imported);
        // The rejected page's transaction: begun, one failed statement (client errors are not retried; before it, the page
        // only reset the Source it owns), rolled back, never committed.
        var rollback = Assert.Single(server.Of(FakeRoute.Rollback));
        Assert.Single(server.Of(FakeRoute.Run), r => r.TransactionId == rollback.TransactionId && r.Body.Contains($"\"_value\":\"{rejected}\"", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Of(FakeRoute.Commit), c => c.TransactionId == rollback.TransactionId);
        Assert.Equal(SamplePages, server.Count(FakeRoute.Begin));
        Assert.Equal(SamplePages - 1, server.Count(FakeRoute.Commit));
    }

    [Fact]
    public async Task A_page_whose_commit_meets_a_503_is_retried_as_a_whole_transaction()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.EmptyGraph();
        server.Enqueue(FakeRoute.Commit, FakeReply.Bare(503));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var report = await new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary)).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        Assert.False(report.HasFailures);
        Assert.Equal(SamplePages + 1, server.Count(FakeRoute.Begin));
        Assert.Equal(SamplePages + 1, server.Count(FakeRoute.Commit));
        // The first page's statements were sent twice: once in the transaction whose commit failed, once in its retry.
        var runsByTransaction = server.Of(FakeRoute.Run).GroupBy(r => r.TransactionId).Select(g => g.Select(FakeGraphReplies.Statement).ToList()).ToList();
        Assert.Equal(runsByTransaction[0], runsByTransaction[1]);
        Assert.NotEqual(runsByTransaction[1], runsByTransaction[2]);
    }

    [Fact]
    public async Task Unreachable_neo4j_stops_the_import_before_any_write_naming_the_address()
    {
        var options = TestOptions.For(new Uri($"http://127.0.0.1:{FreePort.Next()}"), retries: 1);
        await using var session = new Neo4jSession(options);

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary)).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token));

        Assert.Equal(CypherErrorCodes.DatabaseUnavailable, error.Code);
        Assert.Contains($"Could not connect to Neo4j at {options.Uri}", error.Message, StringComparison.Ordinal);
    }
}
