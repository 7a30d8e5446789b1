using System.Text;
using Graph.Import.Tests.Support;
using Graph.Testing;

namespace Graph.Import.Tests;

/// <summary>Importer behaviour over a test double that runs exactly the writer's statements, transactionally.</summary>
public sealed class WikiImporterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Vocabulary SampleVocabulary => Vocabulary.Load(RepoPaths.SampleVocabulary);

    [Fact]
    public async Task Imports_every_sample_page_in_sorted_order_one_transaction_each()
    {
        var session = new InMemoryGraphSession();
        var progress = new List<ImportProgress>();

        var report = await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, new SyncProgress(progress), Token);

        var pages = Directory.GetFiles(RepoPaths.SampleWiki, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pages, report.Pages.Select(p => p.Page));
        Assert.Equal(pages.Count, report.Imported);
        Assert.False(report.HasFailures);
        Assert.Equal(pages.Count, session.Transactions);
        Assert.Equal(Enumerable.Range(1, pages.Count), progress.Select(p => p.Done));
        Assert.All(progress, p => Assert.Equal(pages.Count, p.Total));
        Assert.All(report.Pages, p => Assert.True(p.Nodes > 0 && p.Relationships > 0));
    }

    [Fact]
    public async Task Importing_twice_skips_unchanged_pages_and_leaves_the_graph_identical()
    {
        var session = new InMemoryGraphSession();
        var importer = new WikiImporter(session, SampleVocabulary);
        await importer.ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);
        var first = session.Dump();

        var again = await importer.ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        Assert.Equal(again.Pages.Count, again.Unchanged);
        Assert.Equal(first, session.Dump());
    }

    [Fact]
    public async Task Unchanged_pages_are_not_extracted_again_unless_their_facts_are_asked_for()
    {
        var session = new InMemoryGraphSession();
        await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);
        var extracted = new List<string>();

        var skipped = await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);
        var reported = await new WikiImporter(session, SampleVocabulary) { OnExtracted = facts => extracted.Add(facts.Page) }
            .ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        // Unchanged, nothing written: an outcome counts the facts this run wrote.
        Assert.All(skipped.Pages, page => Assert.Equal((PageStatus.Unchanged, 0, 0), (page.Status, page.Nodes, page.Relationships)));
        // The unlisted-names report needs every page's facts, so it still extracts the unchanged ones.
        Assert.Equal(reported.Pages.Count, reported.Unchanged);
        Assert.Equal(reported.Pages.Select(page => page.Page).Order(), extracted.Order());
    }

    [Fact]
    public async Task Forced_reimport_rewrites_every_page_into_the_same_graph()
    {
        var session = new InMemoryGraphSession();
        await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);
        var first = session.Dump();

        var again = await new WikiImporter(session, SampleVocabulary) { SkipUnchanged = false }.ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        Assert.Equal(again.Pages.Count, again.Imported);
        Assert.Equal(first, session.Dump());
    }

    [Fact]
    public async Task Malformed_pages_fail_with_file_and_line_while_the_others_import()
    {
        using var wiki = TestWiki.CopyOfSamples();
        wiki.Write("broken-yaml.md", "---\ntitle: Broken\npeople: [unclosed\n---\n# Broken\n");
        wiki.WriteBytes("binary.md", [.. Encoding.UTF8.GetBytes("# Title\n\nok line\n"), 0xC3, 0x28]);
        var session = new InMemoryGraphSession();

        var report = await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.Equal(2, report.Failed);
        Assert.Equal(6, report.Imported);
        var yaml = report.Pages.Single(p => p.Page == "broken-yaml.md");
        Assert.Equal(PageStatus.Failed, yaml.Status);
        Assert.Equal("broken-yaml.md", yaml.Error?.File);
        Assert.InRange(yaml.Error!.Line!.Value, 3, 4);
        Assert.StartsWith($"broken-yaml.md:{yaml.Error.Line}: front matter:", yaml.Error.ToString(), StringComparison.Ordinal);
        var binary = report.Pages.Single(p => p.Page == "binary.md").Error;
        Assert.Equal(new PageError("binary.md", 4, binary!.Message), binary);
        Assert.Contains("invalid UTF-8", binary.Message, StringComparison.Ordinal);
        Assert.Equal(6, session.Transactions);
    }

    [Fact]
    public async Task A_page_that_breaks_later_keeps_its_previous_graph_state()
    {
        using var wiki = TestWiki.CopyOfSamples();
        var session = new InMemoryGraphSession();
        var importer = new WikiImporter(session, SampleVocabulary);
        await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
        var before = session.Dump();

        wiki.Write("the-ai-paradox.md", "---\ntitle: [\n---\n");
        var report = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.Equal(PageStatus.Failed, report.Pages.Single(p => p.Page == "the-ai-paradox.md").Status);
        // The broken page keeps its last title for the others' Related bullets, so they are untouched too.
        Assert.Equal(5, report.Unchanged);
        Assert.Equal(before, session.Dump());
        Assert.Contains(session.Relationships, r => Equals(r.Props["page"], "the-ai-paradox.md"));
    }

    [Fact]
    public async Task A_page_the_store_rejects_rolls_back_and_the_rest_still_import()
    {
        var session = new InMemoryGraphSession { RejectRowsWithId = "show:lennys-podcast" };

        var report = await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);

        var rejected = report.Pages.Where(p => p.Status == PageStatus.Failed).ToList();
        Assert.Equal(["codex-new-shape-of-product-work.md", "the-ai-paradox.md"], rejected.Select(p => p.Page));
        Assert.All(rejected, p => Assert.Contains("rejected", p.Error!.Message, StringComparison.Ordinal));
        Assert.Equal(4, report.Imported);
        Assert.DoesNotContain(session.Relationships, r => Equals(r.Props["page"], "the-ai-paradox.md"));
        Assert.Null(session.Node("show:lennys-podcast"));
        Assert.Equal("why-coding-is-solved.md", session.Node("page:why-coding-is-solved.md")?.GetValueOrDefault("path"));
        Assert.Contains(session.Relationships, r => r.Type == "DESCRIBES" && r.From == "page:why-coding-is-solved.md" && r.To == "source:why-coding-is-solved");
    }

    [Fact]
    public async Task Editing_a_page_changes_only_its_facts()
    {
        using var wiki = TestWiki.CopyOfSamples();
        var session = new InMemoryGraphSession();
        var importer = new WikiImporter(session, SampleVocabulary);
        await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
        var before = session.Relationships.Where(r => !Equals(r.Props["page"], "the-ai-paradox.md")).Select(Describe).Order().ToList();

        wiki.Write("the-ai-paradox.md", wiki.Read("the-ai-paradox.md").Replace("**One owner per agent.**", "**Agents need named owners.**", StringComparison.Ordinal));
        var report = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.Equal(["the-ai-paradox.md"], report.Pages.Where(p => p.Status == PageStatus.Imported).Select(p => p.Page));
        var after = session.Relationships.Where(r => !Equals(r.Props["page"], "the-ai-paradox.md")).Select(Describe).Order().ToList();
        Assert.Equal(before, after);
        Assert.Contains(session.Relationships, r => r.To == "thesis:agents-need-named-owners");
        Assert.Null(session.Node("thesis:one-owner-per-agent"));
    }

    [Fact]
    public async Task A_deleted_page_is_removed_with_the_nodes_only_it_linked()
    {
        using var wiki = TestWiki.CopyOfSamples();
        var session = new InMemoryGraphSession();
        var importer = new WikiImporter(session, SampleVocabulary);
        await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
        Assert.NotNull(session.Node("practice:cap-the-step-size"));

        wiki.Delete("vibe-coding-to-agentic-engineering.md");
        var report = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        var removed = Assert.Single(report.Pages, p => p.Status == PageStatus.Removed);
        Assert.Equal("vibe-coding-to-agentic-engineering.md", removed.Page);
        Assert.Equal(1, report.Removed);
        Assert.DoesNotContain(session.Relationships, r => Equals(r.Props["page"], "vibe-coding-to-agentic-engineering.md"));
        Assert.Null(session.Node("practice:cap-the-step-size"));
        // Still linked from other pages' Related bullets, so the Source stays, no longer owned by a page.
        Assert.NotNull(session.Node("source:from-vibe-coding-to-agentic-engineering"));
        Assert.Null(session.Node("page:vibe-coding-to-agentic-engineering.md"));
        Assert.DoesNotContain(session.Relationships, r => r.Type == "DESCRIBES" && r.To == "source:from-vibe-coding-to-agentic-engineering");
    }

    [Fact]
    public async Task Odd_but_valid_pages_import()
    {
        using var wiki = TestWiki.Empty();
        var longTakeaway = "- " + string.Join(" ", Enumerable.Repeat("Agents ship code while people judge it.", 2_000));
        wiki.Write("long.md", "# Long Lines\r\n\r\n## Key Takeaways\r\n\r\n" + longTakeaway + "\r\n");
        wiki.Write("title-only.md", "# Only A Title\n");
        wiki.Write("unknown-sections.md", "# Odd\n\n## Appendix\n\nText.\n\n### Deeper\n\n- item\n");
        var session = new InMemoryGraphSession();

        var report = await new WikiImporter(session, Vocabulary.Empty).ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.All(report.Pages, p => Assert.Equal(PageStatus.Imported, p.Status));
        // A page with nothing to link still has its Source node, so the page stays known to the graph.
        Assert.Equal("title-only.md", session.Node("page:title-only.md")?["path"]);
        Assert.Contains(session.Relationships, r => r.Type == "DESCRIBES" && r.From == "page:title-only.md" && r.To == "source:only-a-title");
        var claim = Assert.Single(session.Relationships, r => r.Type == "CLAIMS" && r.From == "source:long-lines");
        Assert.Equal(5L, claim.Props["line"]);
        Assert.True(((string)claim.Props["evidence"]!).Length <= 600);
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-wiki-" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => new WikiImporter(new InMemoryGraphSession(), Vocabulary.Empty).ImportDirectoryAsync(missing, cancellationToken: Token));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_in_subfolders_are_found_and_hidden_folders_skipped()
    {
        using var wiki = TestWiki.Empty();
        wiki.Write("b/second.md", "# Second\n\n## Key Takeaways\n\n- Point two.\n");
        wiki.Write("a.md", "# First\n\n## Key Takeaways\n\n- Point one.\n");
        wiki.Write(".obsidian/ignored.md", "# Ignored\n");

        var report = await new WikiImporter(new InMemoryGraphSession(), Vocabulary.Empty).ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.Equal(["a.md", "b/second.md"], report.Pages.Select(p => p.Page));
    }

    [Fact]
    public void Explain_reports_a_broken_page_with_its_line()
    {
        using var wiki = TestWiki.Empty();
        wiki.Write("bad.md", "---\ntitle: x\n");

        var error = Assert.Throws<WikiPageException>(() => new WikiImporter(new InMemoryGraphSession(), Vocabulary.Empty).Explain(wiki.Path, "bad.md"));

        Assert.Equal(new PageError("bad.md", 1, error.Error.Message), error.Error);
    }

    [Fact]
    public async Task Cancelling_stops_before_the_next_page_is_written_and_keeps_the_pages_already_written()
    {
        // The next page is extracted in the background while one is written; cancelling must still stop the writes.
        var session = new InMemoryGraphSession();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var progress = new CancelAfter(2, cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, progress, cancel.Token));

        Assert.Equal(2, session.Transactions);
        var report = await new WikiImporter(session, SampleVocabulary).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);
        Assert.Equal(2, report.Unchanged);
        Assert.Equal(report.Pages.Count - 2, report.Imported);
    }

    private static string Describe((string From, string Type, string To, IReadOnlyDictionary<string, object?> Props) r) =>
        $"{r.From} {r.Type} {r.To} {string.Join(",", r.Props.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))}";

    private sealed class CancelAfter(int pages, CancellationTokenSource cancel) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Done == pages)
            {
                cancel.Cancel();
            }
        }
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests want the reports in order, synchronously.</summary>
    private sealed class SyncProgress(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
