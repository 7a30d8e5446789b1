using Graph.Cypher;
using Graph.Import.Tests.Support;
using Graph.Testing;

namespace Graph.Import.Tests.EndToEnd;

/// <summary>
/// Re-imports on the embedded engine end where a fresh import of the same wiki starts: the whole graph dump after
/// an edit or a deletion equals the dump of importing the edited wiki into an empty store.
/// </summary>
public sealed class ReimportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deleting_a_page_leaves_the_graph_a_fresh_import_of_the_rest_would_build()
    {
        using var wiki = TestWiki.CopyOfSamples();

        var (_, dump, report) = await ReimportAsync(wiki, () => wiki.Delete("the-ai-paradox.md"));

        Assert.Equal(1, report.Removed);
        var fresh = (await FreshDumpAsync(wiki)).Split('\n');
        var after = dump.Split('\n');
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", after.Except(fresh).Select(l => "+ " + l).Concat(fresh.Except(after).Select(l => "- " + l))));
        Assert.Equal(fresh, after);
    }

    [Fact]
    public async Task Editing_a_page_leaves_the_graph_a_fresh_import_of_the_edited_wiki_would_build()
    {
        using var wiki = TestWiki.CopyOfSamples();

        var (_, dump, report) = await ReimportAsync(wiki, () => wiki.Write("why-coding-is-solved.md", wiki.Read("why-coding-is-solved.md")
            .Replace("- Verification is the real work.", "- Checking is the real work.", StringComparison.Ordinal)
            .Replace("- Write the test first. Give the agent a failing test as its definition of done.", "", StringComparison.Ordinal)));

        Assert.Equal(["why-coding-is-solved.md"], report.Pages.Where(p => p.Status == PageStatus.Imported).Select(p => p.Page));
        Assert.Equal(await FreshDumpAsync(wiki), dump);
        Assert.Contains("checking-is-the-real-work", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("verification-is-the-real-work", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("write-the-test-first", dump, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_page_that_gave_a_persons_employer_takes_the_employer_away()
    {
        using var wiki = TestWiki.Empty();
        wiki.Write("a.md", "Source: talks/a.md (example.org) — Example Show talk with Jane Roe, staff engineer at Acme Corp.\n\n## Key Takeaways\n- Small teams ship.\n");
        wiki.Write("b.md", "Source: talks/b.md (example.org) — Example Show talk with Jane Roe.\n\n## Key Takeaways\n- Big teams plan.\n");

        var (before, after, _) = await ReimportAsync(wiki, () => wiki.Delete("a.md"));

        Assert.Contains("Acme Corp", before, StringComparison.Ordinal);
        Assert.Contains("person:jane-roe", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme Corp", after, StringComparison.Ordinal);
        Assert.Equal(await FreshDumpAsync(wiki), after);
    }

    [Fact]
    public async Task Retitling_a_page_removes_the_source_under_its_old_title()
    {
        using var wiki = TestWiki.Empty();
        const string body = "\n\nSource: talks/a.md (example.org) — Example Show talk with Jane Roe.\n\n## Key Takeaways\n- Small teams ship.\n";
        wiki.Write("a.md", "# Teams That Ship" + body);

        var (before, after, _) = await ReimportAsync(wiki, () => wiki.Write("a.md", "# Why Small Teams Ship" + body));

        Assert.Contains("source:teams-that-ship", before, StringComparison.Ordinal);
        Assert.DoesNotContain("source:teams-that-ship", after, StringComparison.Ordinal);
        Assert.Contains("source:why-small-teams-ship", after, StringComparison.Ordinal);
        Assert.Equal(await FreshDumpAsync(wiki), after);
    }

    [Fact]
    public async Task Adding_a_page_reimports_only_the_pages_that_can_name_its_title()
    {
        using var wiki = TestWiki.CopyOfSamples();
        // Markup inside a word: Markdig reads "Tea**ms**" as "Teams", so the page can name the new title.
        wiki.Write("notes/links.md", "# Links\n\nSource: notes/links.md (example.org) — reading list.\n\n## Related\n\n- Tea**ms** That Ship — Jane Roe (Example Show) — a talk.\n");

        var (before, after, report) = await ReimportAsync(wiki, () =>
            wiki.Write("teams-that-ship.md", "# Teams That Ship\n\nSource: talks/teams.md (example.org) — Example Show talk with Jane Roe.\n\n## Key Takeaways\n- Small teams ship.\n"));

        Assert.Equal(["notes/links.md", "teams-that-ship.md"], report.Pages.Where(p => p.Status == PageStatus.Imported).Select(p => p.Page));
        Assert.Equal(6, report.Unchanged);
        Assert.Equal(await FreshDumpAsync(wiki), after);
        // Once the title is a page of the wiki, that page says who appears in it: the bullet's guest went away.
        static bool BulletGuest(string line) => line.Contains("[APPEARS_IN", StringComparison.Ordinal) && line.Contains("page: 'notes/links.md'", StringComparison.Ordinal);
        Assert.Contains(before.Split('\n'), BulletGuest);
        Assert.DoesNotContain(after.Split('\n'), BulletGuest);
    }

    [Fact]
    public async Task Retitling_a_page_reimports_the_pages_that_name_its_old_or_new_title()
    {
        using var wiki = TestWiki.CopyOfSamples();
        // the-ai-paradox.md's Related names "Agentic Coding and Returns to Expertise"; nothing names the new title.
        const string page = "agentic-coding-returns-to-expertise.md";

        var (_, after, report) = await ReimportAsync(wiki, () =>
            wiki.Write(page, wiki.Read(page).Replace("# Agentic Coding and Returns to Expertise", "# Expertise Pays More With Agents", StringComparison.Ordinal)));

        var imported = report.Pages.Where(p => p.Status == PageStatus.Imported).Select(p => p.Page).ToList();
        Assert.Contains(page, imported);
        Assert.Contains("the-ai-paradox.md", imported);
        Assert.True(report.Unchanged > 0, "pages that cannot name either title are skipped");
        Assert.Equal(await FreshDumpAsync(wiki), after);
    }

    /// <summary>Imports the wiki into a new store, makes <paramref name="change"/>, imports again: the graph before and after, and the second report.</summary>
    /// <summary>Each clause of <see cref="AnalystWrites.WhatImportKeeps"/>, which `graph cypher --write` and the console print.</summary>
    [Fact]
    public async Task An_import_replaces_what_pages_contributed_and_keeps_what_analysts_wrote()
    {
        using var wiki = TestWiki.Empty();
        const string head = "# Teams That Ship\n\nSource: talks/a.md (example.org) — Example Show talk with Jane Roe.\n\n## Key Takeaways\n";
        wiki.Write("a.md", head + "- Small teams ship.\n- Big teams plan.\n");
        await using var session = await OpenAsync();
        await ImportAsync(session, wiki);
        Assert.Equal(1L, await CountAsync(session, "MATCH (t:Thesis {id: 'thesis:small-teams-ship'}) RETURN count(t)"));
        foreach (var write in new[]
        {
            "CREATE (:Note {text: 'mine'})",
            "MATCH (p:Person {id: 'person:jane-roe'}) SET p.note = 'checked'",
            "MATCH (p:Person {id: 'person:jane-roe'}), (s:Source) CREATE (p)-[:REVIEWED]->(s)",
            "MATCH (t:Thesis {id: 'thesis:big-teams-plan'}) CREATE (:Note {text: 'about'})-[:ABOUT]->(t)",
            "MATCH (s:Source) SET s.rating = 5",
            "MATCH (:Person)-[r:APPEARS_IN]->(:Source) DELETE r",
        })
        {
            await session.RunAsync(write, cancellationToken: Token);
        }

        // The page is unchanged: its deleted fact stays deleted, its Source keeps the analyst's property.
        await ImportAsync(session, wiki);
        Assert.Equal(0L, await CountAsync(session, "MATCH (:Person)-[r:APPEARS_IN]->(:Source) RETURN count(r)"));
        Assert.Equal(1L, await CountAsync(session, "MATCH (s:Source) WHERE s.rating = 5 RETURN count(s)"));

        // The page changes (both points go): its facts come back as it says them, its Source holds only what it says,
        // a thesis nothing holds any more goes, and everything else the analyst wrote stays.
        wiki.Write("a.md", head + "- Teams that ship are small.\n");
        await ImportAsync(session, wiki);
        Assert.Equal(1L, await CountAsync(session, "MATCH (:Person {id: 'person:jane-roe'})-[r:APPEARS_IN]->(:Source) RETURN count(r)"));
        Assert.Equal(0L, await CountAsync(session, "MATCH (s:Source) WHERE s.rating IS NOT NULL RETURN count(s)"));
        Assert.Equal(0L, await CountAsync(session, "MATCH (t:Thesis {id: 'thesis:small-teams-ship'}) RETURN count(t)"));
        Assert.Equal(1L, await CountAsync(session, "MATCH (:Note {text: 'about'})-[:ABOUT]->(t:Thesis {id: 'thesis:big-teams-plan'}) RETURN count(t)"));
        Assert.Equal(1L, await CountAsync(session, "MATCH (n:Note {text: 'mine'}) RETURN count(n)"));
        Assert.Equal(1L, await CountAsync(session, "MATCH (p:Person {id: 'person:jane-roe'}) WHERE p.note = 'checked' RETURN count(p)"));
        Assert.Equal(1L, await CountAsync(session, "MATCH (:Person {id: 'person:jane-roe'})-[r:REVIEWED]->(:Source) RETURN count(r)"));
    }

    private static async Task<long> CountAsync(EmbeddedCypherSession session, string query) =>
        (long)(await session.RunAsync(query, cancellationToken: Token)).Rows.Single()[0]!;

    private static async Task<(string Before, string After, ImportReport Report)> ReimportAsync(TestWiki wiki, Action change)
    {
        await using var session = await OpenAsync();
        await ImportAsync(session, wiki);
        var before = await GraphDump.ReadAsync(session, Token);
        change();
        var report = await ImportAsync(session, wiki);
        return (before, await GraphDump.ReadAsync(session, Token), report);
    }

    private static async Task<string> FreshDumpAsync(TestWiki wiki)
    {
        await using var fresh = await OpenAsync();
        await ImportAsync(fresh, wiki);
        return await GraphDump.ReadAsync(fresh, Token);
    }

    private static Task<ImportReport> ImportAsync(EmbeddedCypherSession session, TestWiki wiki) =>
        new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary)).ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

    private static async Task<EmbeddedCypherSession> OpenAsync()
    {
        var session = EmbeddedCypherSession.Open(null);
        await GraphSchema.ApplyAsync(session, Token);
        return session;
    }
}
