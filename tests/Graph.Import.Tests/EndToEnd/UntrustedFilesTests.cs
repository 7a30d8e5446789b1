using System.Globalization;
using Graph.Import.Parsing;
using Graph.Import.Tests.Support;
using Graph.Testing;

namespace Graph.Import.Tests.EndToEnd;

/// <summary>
/// Issue 14 point 3, the wiki walk trusts the file system: link loops, links out of the wiki, devices, named pipes and
/// oversized files each fail alone, named, while the rest of the wiki imports and stored facts stay.
/// </summary>
public sealed class UntrustedFilesTests
{
    private const string Page = "# {0}\n\n## Key Takeaways\n\n- A point about {0}.\n";

    // A regression (a walk that loops, an open that waits for a writer) fails the test instead of hanging the run.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_folder_link_loop_ends_and_each_page_is_imported_once()
    {
        using var wiki = WikiOf("a.md", "sub/b.md");
        wiki.Link("sub/loop", "..");
        wiki.Link("sub/self", ".");

        var report = await ImportAsync(wiki);

        Assert.Equal(["a.md", "sub/b.md"], report.Pages.Select(p => p.Page));
        Assert.Equal(2, report.Imported);
    }

    [Fact]
    public async Task Links_to_a_page_or_folder_inside_the_wiki_import_it_once_under_its_own_path()
    {
        using var wiki = WikiOf("a.md", "notes/b.md");
        wiki.Link("alias.md", "a.md");
        wiki.Link("0-first.md", "notes/b.md"); // sorts before the page it points to
        wiki.Link("more", "notes");

        var report = await ImportAsync(wiki);

        Assert.Equal(["a.md", "notes/b.md"], report.Pages.Select(p => p.Page));
        Assert.Equal(2, report.Imported);
    }

    [Fact]
    public async Task A_link_to_a_file_outside_the_wiki_fails_by_name_and_the_rest_import()
    {
        using var outside = WikiOf("secret.md");
        using var wiki = WikiOf("a.md", "b.md");
        wiki.Link("out.md", Path.Combine(outside.Path, "secret.md"));

        var report = await ImportAsync(wiki);

        var error = FailedAlone(report, "out.md");
        Assert.StartsWith("is a symbolic link to /", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("/secret.md, outside the wiki root; not read", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, report.Imported);
    }

    [Fact]
    public async Task A_link_to_a_folder_outside_the_wiki_fails_by_name_and_its_pages_are_not_read()
    {
        using var outside = WikiOf("secret.md");
        using var wiki = WikiOf("a.md");
        wiki.Link("shared", outside.Path);

        var report = await ImportAsync(wiki);

        var error = FailedAlone(report, "shared");
        Assert.Matches("^is a symbolic link to /.*, outside the wiki root; not read$", error.Message);
        Assert.Equal(["a.md", "shared"], report.Pages.Select(p => p.Page));
    }

    [Fact]
    public async Task A_page_linked_to_dev_zero_fails_as_a_device_without_being_read()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "no /dev/zero here");
        using var wiki = WikiOf("a.md", "b.md");
        wiki.Link("zero.md", "/dev/zero");

        var report = await ImportAsync(wiki);

        Assert.Equal("is a symbolic link to /dev/zero, a character device, not a regular file; not read", FailedAlone(report, "zero.md").Message);
        Assert.Equal(2, report.Imported);
    }

    [Fact]
    public async Task A_named_pipe_called_like_a_page_fails_by_name_without_waiting_for_a_writer()
    {
        using var wiki = WikiOf("a.md", "b.md");
        NamedPipe.Make(Path.Combine(wiki.Path, "p.md"));

        var report = await ImportAsync(wiki);

        Assert.Equal("is a named pipe, not a regular file; not read", FailedAlone(report, "p.md").Message);
        Assert.Equal(2, report.Imported);
    }

    [Fact]
    public async Task A_page_over_the_limit_fails_by_name()
    {
        using var wiki = WikiOf("a.md");
        wiki.WriteBytes("big.md", new byte[PageLimits.MaxBytes + 1]);

        var report = await ImportAsync(wiki);

        var expected = string.Create(CultureInfo.InvariantCulture, $"is larger than the {PageLimits.MaxBytes:N0}-byte page limit; not read");
        Assert.Equal(expected, FailedAlone(report, "big.md").Message);
        Assert.Equal(1, report.Imported);
    }

    [Fact]
    public async Task A_page_that_turns_into_a_pipe_or_a_link_out_keeps_its_previous_facts()
    {
        using var outside = WikiOf("secret.md");
        using var wiki = WikiOf("a.md", "b.md", "c.md");
        var session = new InMemoryGraphSession();
        await ImportAsync(wiki, session);
        var before = session.Dump();

        wiki.Delete("b.md");
        wiki.Link("b.md", Path.Combine(outside.Path, "secret.md"));
        wiki.Delete("c.md");
        NamedPipe.Make(Path.Combine(wiki.Path, "c.md"));
        var report = await ImportAsync(wiki, session);

        Assert.Equal(["b.md", "c.md"], report.Pages.Where(p => p.Status == PageStatus.Failed).Select(p => p.Page));
        Assert.Equal(1, report.Unchanged);
        Assert.Equal(before, session.Dump());
    }

    [Fact]
    public async Task Explain_refuses_a_named_pipe_by_name()
    {
        using var wiki = WikiOf("a.md");
        NamedPipe.Make(Path.Combine(wiki.Path, "p.md"));

        var explain = Task.Run(() => WikiImporter.Explain(Vocabulary.Empty, wiki.Path, "p.md"), Token).WaitAsync(Patience, Token);

        var error = await Assert.ThrowsAsync<WikiPageException>(() => explain);
        Assert.Equal(new PageError("p.md", null, "is a named pipe, not a regular file; not read"), error.Error);
    }

    [Fact]
    public async Task A_vocabulary_that_is_a_named_pipe_is_refused_by_name()
    {
        using var wiki = TestWiki.Empty();
        var file = Path.Combine(wiki.Path, Vocabulary.FileName);
        NamedPipe.Make(file);

        var load = Task.Run(() => Vocabulary.Load(file), Token).WaitAsync(Patience, Token);

        var error = await Assert.ThrowsAsync<VocabularyException>(() => load);
        Assert.Equal(file, error.File);
        Assert.Equal("is a named pipe, not a regular file; not read", error.Detail);
    }

    private static TestWiki WikiOf(params string[] pages)
    {
        var wiki = TestWiki.Empty();
        foreach (var page in pages)
        {
            wiki.Write(page, string.Format(CultureInfo.InvariantCulture, Page, Path.GetFileNameWithoutExtension(page)));
        }
        return wiki;
    }

    private static Task<ImportReport> ImportAsync(TestWiki wiki, InMemoryGraphSession? session = null) =>
        Task.Run(() => new WikiImporter(session ?? new InMemoryGraphSession(), Vocabulary.Empty).ImportDirectoryAsync(wiki.Path, cancellationToken: Token), Token)
            .WaitAsync(Patience, Token);

    private static PageError FailedAlone(ImportReport report, string page)
    {
        var failed = Assert.Single(report.Pages, p => p.Status == PageStatus.Failed);
        Assert.Equal(page, failed.Page);
        Assert.Equal(page, failed.Error!.File);
        Assert.Null(failed.Error.Line);
        return failed.Error;
    }
}
