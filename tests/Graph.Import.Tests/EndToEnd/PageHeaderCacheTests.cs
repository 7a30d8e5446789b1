using Graph.Cypher;
using Graph.Import.Tests.Support;
using Graph.Testing;

namespace Graph.Import.Tests.EndToEnd;

/// <summary>
/// The headers <c>graph serve --watch</c> keeps between imports: a page is read again exactly when its size or
/// modification time moved, or when it was written too recently for its time to be trusted.
/// </summary>
public sealed class PageHeaderCacheTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-1);

    [Fact]
    public void A_page_untouched_since_it_was_read_is_not_read_again()
    {
        using var wiki = TestWiki.Empty();
        Age(wiki.Write("a.md", "# Small Teams\n\nThey ship.\n"), LongAgo);
        var cache = new PageHeaderCache();

        var first = cache.Get(wiki.Path, "a.md");

        Assert.Same(first, cache.Get(wiki.Path, "a.md"));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_page_whose_size_or_time_moved_is_read_again()
    {
        using var wiki = TestWiki.Empty();
        var file = wiki.Write("a.md", "# Small Teams\n\nThey ship.\n");
        Age(file, LongAgo);
        var cache = new PageHeaderCache();
        var first = cache.Get(wiki.Path, "a.md");

        // Same time, other size (a tool that keeps times, say).
        File.WriteAllText(file, "# Large Teams\n\nThey plan a lot.\n");
        Age(file, LongAgo);
        var resized = cache.Get(wiki.Path, "a.md");
        // Same size, other time.
        File.WriteAllText(file, "# Large Teams\n\nThey plan a lob.\n");
        Age(file, LongAgo.AddMinutes(1));
        var retimed = cache.Get(wiki.Path, "a.md");

        Assert.NotEqual(first.ContentHash, resized.ContentHash);
        Assert.Equal("Large Teams", resized.Identity!.Title);
        Assert.NotEqual(resized.ContentHash, retimed.ContentHash);
        Assert.Same(retimed, cache.Get(wiki.Path, "a.md"));
    }

    [Fact]
    public void A_page_written_just_now_or_failing_to_load_is_not_kept()
    {
        using var wiki = TestWiki.Empty();
        wiki.Write("fresh.md", "# Small Teams\n\nThey ship.\n");
        Age(wiki.Write("empty.md", ""), LongAgo);
        var cache = new PageHeaderCache();

        var fresh = cache.Get(wiki.Path, "fresh.md");
        var empty = cache.Get(wiki.Path, "empty.md");

        Assert.NotSame(fresh, cache.Get(wiki.Path, "fresh.md"));
        Assert.NotNull(empty.Error);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Imports_sharing_a_cache_do_what_imports_reading_every_page_do()
    {
        var cache = new PageHeaderCache();

        var cached = await EditAndDeleteAsync(cache);
        var uncached = await EditAndDeleteAsync(null);

        Assert.Equal(uncached.Dump, cached.Dump);
        Assert.Equal(Outcomes(uncached.Unchanged), Outcomes(cached.Unchanged));
        Assert.Equal(Outcomes(uncached.Changed), Outcomes(cached.Changed));
        Assert.Contains(("why-coding-is-solved.md", PageStatus.Imported), Outcomes(cached.Changed));
        Assert.Equal(1, cached.Changed.Removed);
        Assert.Equal(cached.Unchanged.Pages.Count, cached.Unchanged.Unchanged);
        Assert.Contains("checking-is-the-real-work", cached.Dump, StringComparison.Ordinal);
        Assert.DoesNotContain("verification-is-the-real-work", cached.Dump, StringComparison.Ordinal);
        // The deleted page is forgotten; every other page is kept (all were written long ago).
        Assert.Equal(cached.Unchanged.Pages.Count - 1, cache.Count);
    }

    // Import the samples, import them again unchanged, then edit one page, delete another and import.
    private static async Task<(ImportReport Unchanged, ImportReport Changed, string Dump)> EditAndDeleteAsync(PageHeaderCache? cache)
    {
        using var wiki = TestWiki.CopyOfSamples();
        foreach (var file in Directory.GetFiles(wiki.Path))
        {
            Age(file, LongAgo);
        }
        await using var session = EmbeddedCypherSession.Open(null);
        await GraphSchema.ApplyAsync(session, Token);
        await ImportAsync(session, wiki, cache);
        var unchanged = await ImportAsync(session, wiki, cache);
        var edited = wiki.Write("why-coding-is-solved.md", wiki.Read("why-coding-is-solved.md").Replace("Verification is the real work.", "Checking is the real work.", StringComparison.Ordinal));
        Age(edited, LongAgo.AddMinutes(5));
        wiki.Delete("the-ai-paradox.md");
        var changed = await ImportAsync(session, wiki, cache);
        return (unchanged, changed, await GraphDump.ReadAsync(session, Token));
    }

    private static List<(string Page, PageStatus Status)> Outcomes(ImportReport report) =>
        report.Pages.Select(p => (p.Page, p.Status)).ToList();

    private static void Age(string file, DateTime modified) => File.SetLastWriteTimeUtc(file, modified);

    private static Task<ImportReport> ImportAsync(EmbeddedCypherSession session, TestWiki wiki, PageHeaderCache? cache) =>
        new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary)) { Headers = cache }.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
}
