using CsCheck;
using Graph.Cypher;
using Graph.Import.Tests.EndToEnd;
using Graph.Import.Tests.Support;
using Graph.Testing;

namespace Graph.Import.Tests.Fuzzing;

/// <summary>
/// Whatever a page holds, the importer fails it alone, naming the file (and a line inside it when it gives one), with
/// one of its documented reasons, never an exception or a rule's crash; the other pages import; and a wiki imported
/// once imports to the same graph again, skipped or forced.
/// </summary>
[Trait(FuzzRuns.Category, FuzzRuns.Fuzz)]
public sealed class ImportFuzzTests
{
    private const string GoodPage = "the-ai-paradox.md";

    private static readonly Vocabulary SampleVocabulary = Vocabulary.Load(RepoPaths.SampleVocabulary);

    private static readonly string[] DocumentedReasons =
    [
        "binary content", "invalid UTF-8", "the page is empty", "characters long", "nested", "front matter", "cannot be parsed",
    ];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Any_page_explains_to_facts_or_fails_with_its_file_and_line() =>
        FuzzRuns.Sample(MarkdownGen.Page, ExplainsOrFails, ciIterations: 600, threads: 2, print: Show);

    [Fact]
    public void Fuzzed_pages_fail_alone_and_the_wiki_reimports_to_the_same_graph() =>
        FuzzRuns.Sample(Gen.Select(MarkdownGen.Page, MarkdownGen.Page, Gen.Bool).Select((a, b, two) => two ? new[] { a, b } : [a]), pages => ImportsAloneAndAgain(pages).GetAwaiter().GetResult(), ciIterations: 60, print: pages => string.Join("\n----\n", pages.Select(Show)));

    internal static void ExplainsOrFails(byte[] page)
    {
        using var wiki = TestWiki.Empty();
        wiki.WriteBytes("page.md", page);
        try
        {
            WikiImporter.Explain(SampleVocabulary, wiki.Path, "page.md");
        }
        catch (WikiPageException e)
        {
            AssertDocumented(e.Error, "page.md", page);
        }
    }

    internal static async Task ImportsAloneAndAgain(byte[][] pages)
    {
        using var wiki = TestWiki.Empty();
        File.Copy(Path.Combine(RepoPaths.SampleWiki, GoodPage), Path.Combine(wiki.Path, GoodPage));
        for (var i = 0; i < pages.Length; i++)
        {
            wiki.WriteBytes($"fuzz-{i}.md", pages[i]);
        }
        await using var session = EmbeddedCypherSession.Open(null);
        await GraphSchema.ApplyAsync(session, Token);
        var importer = new WikiImporter(session, SampleVocabulary);

        var first = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
        var graph = await GraphDump.ReadAsync(session, Token);
        var again = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
        var againGraph = await GraphDump.ReadAsync(session, Token);
        var forced = await new WikiImporter(session, SampleVocabulary) { SkipUnchanged = false }.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.Equal(PageStatus.Imported, first.Pages.Single(p => p.Page == GoodPage).Status);
        foreach (var failed in first.Pages.Where(p => p.Status == PageStatus.Failed))
        {
            AssertDocumented(failed.Error!, failed.Page, pages[int.Parse(failed.Page["fuzz-".Length..^".md".Length])]);
        }
        Assert.All(again.Pages, p => Assert.Equal(first.Pages.Single(f => f.Page == p.Page).Status == PageStatus.Failed ? PageStatus.Failed : PageStatus.Unchanged, p.Status));
        Assert.Equal(graph, againGraph);
        Assert.Equal(first.Pages.Select(p => (p.Page, p.Status, p.Error)), forced.Pages.Select(p => (p.Page, p.Status, p.Error)));
        Assert.Equal(graph, await GraphDump.ReadAsync(session, Token));
    }

    /// <summary>The failure names the page, a line within it when it gives one, and one of the reasons README lists.</summary>
    private static void AssertDocumented(PageError error, string file, byte[] page)
    {
        Assert.Equal(file, error.File);
        Assert.True(DocumentedReasons.Any(reason => error.Message.Contains(reason, StringComparison.OrdinalIgnoreCase)), $"undocumented failure: {error}");
        if (error.Line is { } line)
        {
            Assert.InRange(line, 1, LineCount(page));
        }
    }

    // Lines as a reader counts them, whatever the line endings: the most of \n, \r\n and lone \r, plus one.
    private static int LineCount(byte[] page) => page.Count(b => b is (byte)'\n' or (byte)'\r') + 1;

    private static string Show(byte[] page) => page.Length > 400 ? Convert.ToHexString(page.AsSpan(0, 200)) + $"… ({page.Length} bytes)" : Convert.ToHexString(page);
}
