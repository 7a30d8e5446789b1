using Graph.Core.Cypher;
using Graph.Cypher;
using Graph.Import.Tests.Support;

namespace Graph.Import.Tests.EndToEnd;

/// <summary>
/// Several pages about one source, on the embedded engine: pages with one title describe one Source and keep their own
/// facts and Page nodes; deleting one keeps the other's; importing twice changes nothing; one title on two shows makes two sources.
/// </summary>
public sealed class SharedSourceTests
{
    private const string PageA = "notes/a.md";
    private const string PageB = "b.md";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static TestWiki TwoPagesOnOneEpisode()
    {
        var wiki = TestWiki.Empty();
        wiki.Write(PageA, "<!-- url: https://example.org/a -->\n# The Shared Episode\n\nSummary from A.\n\n## Key Takeaways\n\n- **Agents need owners.** A says so.\n");
        wiki.Write(PageB, "---\ntitle: The shared episode\ntags: [b]\n---\n\nSummary from B.\n\n## Key Takeaways\n\n- **Review is the bottleneck.** B says so.\n");
        return wiki;
    }

    [Fact]
    public async Task Two_pages_with_one_title_describe_one_source_and_each_fact_keeps_its_page()
    {
        using var wiki = TwoPagesOnOneEpisode();
        await using var session = await OpenAsync();

        var report = await new WikiImporter(session, Vocabulary.Empty).ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.False(report.HasFailures, string.Join("\n", report.Pages.Select(p => p.Error)));
        Assert.Equal(["source:the-shared-episode"], await ColumnAsync(session, "MATCH (s:Source) RETURN s.id AS v"));
        Assert.Equal([$"{PageB} {PageB} 2", $"{PageA} {PageA} 2"], await ColumnAsync(session,
            "MATCH (p:Page)-[d:DESCRIBES]->(:Source {id: 'source:the-shared-episode'}) RETURN p.path + ' ' + d.page + ' ' + toString(d.line) AS v ORDER BY v"));
        Assert.Equal([$"agents need owners {PageA}", $"review is the bottleneck {PageB}"], await ColumnAsync(session,
            "MATCH (:Source {id: 'source:the-shared-episode'})-[r:CLAIMS]->(t:Thesis) RETURN toLower(t.name) + ' ' + r.page AS v ORDER BY v"));
        Assert.Equal(["https://example.org/a"], await ColumnAsync(session, $"MATCH (p:Page {{id: 'page:{PageA}'}}) RETURN p.url AS v"));
        // The Source holds none of the pages' bookkeeping; the first page by path ("b.md") says what it is.
        Assert.Equal(["id,summary,tags,title"], await ColumnAsync(session,
            "MATCH (s:Source {id: 'source:the-shared-episode'}) WITH s, keys(s) AS k UNWIND k AS key WITH key ORDER BY key RETURN reduce(t = '', x IN collect(key) | t + CASE t WHEN '' THEN '' ELSE ',' END + x) AS v"));
    }

    [Fact]
    public async Task Deleting_one_page_keeps_the_source_and_the_other_pages_facts()
    {
        using var wiki = TwoPagesOnOneEpisode();
        await using var session = await OpenAsync();
        var importer = new WikiImporter(session, Vocabulary.Empty);
        await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        wiki.Delete(PageB);
        var report = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.Equal(PageStatus.Removed, report.Pages.Single(p => p.Page == PageB).Status);
        Assert.Equal([PageA], await ColumnAsync(session, "MATCH (p:Page)-[:DESCRIBES]->(:Source {id: 'source:the-shared-episode'}) RETURN p.path AS v"));
        Assert.Equal([PageA], await ColumnAsync(session, "MATCH (:Source {id: 'source:the-shared-episode'})-[r]-() RETURN DISTINCT r.page AS v"));
        Assert.Equal(["Summary from A."], await ColumnAsync(session, "MATCH (s:Source {id: 'source:the-shared-episode'}) RETURN s.summary AS v"));
        Assert.Empty(await ColumnAsync(session, $"MATCH (p:Page {{id: 'page:{PageB}'}}) RETURN p.id AS v"));
        Assert.Empty(await ColumnAsync(session, "MATCH (t:Thesis) WHERE toLower(t.name) = 'review is the bottleneck' RETURN t.id AS v"));
    }

    [Fact]
    public async Task Importing_twice_changes_nothing_and_skips_both_pages()
    {
        using var wiki = TwoPagesOnOneEpisode();
        await using var session = await OpenAsync();
        var importer = new WikiImporter(session, Vocabulary.Empty);
        await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
        var before = await GraphDump.ReadAsync(session, Token);

        var again = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
        var forced = await new WikiImporter(session, Vocabulary.Empty) { SkipUnchanged = false }.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.Equal(2, again.Unchanged);
        Assert.Equal(before, await GraphDump.ReadAsync(session, Token));
        Assert.Equal(2, forced.Imported);
        Assert.Equal(before, await GraphDump.ReadAsync(session, Token));
    }

    [Fact]
    public async Task One_title_on_two_shows_makes_two_sources_and_a_third_page_moves_only_when_the_ids_do()
    {
        using var wiki = TestWiki.Empty();
        wiki.Write("lenny.md", "---\ntitle: State of AI\nshow: Lenny's Podcast\n---\n\n## Key Takeaways\n\n- **Taste matters.** Text.\n");
        wiki.Write("dwarkesh.md", "Source: state.mp3 (https://example.org/d) — Dwarkesh Podcast episode with Dario Amodei, CEO\n\n# State of AI\n\n## Key Takeaways\n\n- **Scaling continues.** Text.\n");
        wiki.Write("unrelated.md", "# Something Else\n\n## Key Takeaways\n\n- **Other point.** Text.\n");
        await using var session = await OpenAsync();
        var importer = new WikiImporter(session, Vocabulary.Empty);

        var first = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.False(first.HasFailures, string.Join("\n", first.Pages.Select(p => p.Error)));
        Assert.Equal(["dwarkesh.md source:state-of-ai-dwarkesh-podcast", "lenny.md source:state-of-ai-lennys-podcast", "unrelated.md source:something-else"],
            await ColumnAsync(session, "MATCH (p:Page)-[:DESCRIBES]->(s:Source) RETURN p.path + ' ' + s.id AS v ORDER BY v"));
        Assert.Equal(["show:dwarkesh-podcast source:state-of-ai-dwarkesh-podcast", "show:lennys-podcast source:state-of-ai-lennys-podcast"],
            await ColumnAsync(session, "MATCH (s:Source)-[:PUBLISHED_ON]->(show:Show) RETURN show.id + ' ' + s.id AS v ORDER BY v"));

        // Without the other show the title is no longer ambiguous: the remaining page moves to the title's id, and is
        // imported again although its bytes did not change; the unrelated page is skipped.
        wiki.Delete("dwarkesh.md");
        var second = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.Equal(PageStatus.Imported, second.Pages.Single(p => p.Page == "lenny.md").Status);
        Assert.Equal(PageStatus.Unchanged, second.Pages.Single(p => p.Page == "unrelated.md").Status);
        Assert.Equal(["source:something-else", "source:state-of-ai"], await ColumnAsync(session, "MATCH (s:Source) RETURN s.id AS v ORDER BY v"));
        var fresh = await OpenAsync();
        await using (fresh)
        {
            await new WikiImporter(fresh, Vocabulary.Empty).ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
            Assert.Equal(await GraphDump.ReadAsync(fresh, Token), await GraphDump.ReadAsync(session, Token));
        }
    }

    private static async Task<List<string>> ColumnAsync(ICypherSession session, string query) =>
        (await session.RunAsync(query, null, CypherAccessMode.Read, Token)).Column("v").Select(v => v?.ToString() ?? "null").ToList();

    private static async Task<EmbeddedCypherSession> OpenAsync()
    {
        var session = EmbeddedCypherSession.Open(null);
        await GraphSchema.ApplyAsync(session, Token);
        return session;
    }
}
