using Graph.Import.Parsing;
using System.Text;
using Graph.Core.Cypher;
using Graph.Cypher;
using Graph.Import.Tests.Support;
using Graph.Testing;

namespace Graph.Import.Tests.EndToEnd;

/// <summary>
/// The bad-input matrix, on the embedded engine: a bad page fails alone with its file (and line where one
/// applies) while every other page imports, and a page that turns bad keeps exactly its previous facts.
/// </summary>
public sealed class BadInputTests
{
    private const string Victim = "the-ai-paradox.md";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, int?, string> Cases => new()
    {
        { "binary", 2, "binary content" },
        { "invalid-utf8", 3, "invalid UTF-8" },
        { "empty", null, "empty" },
        { "blank", null, "empty" },
        { "twenty-megabytes", null, "page limit" },
        { "nested-1000-indented", 3 + PageLimits.MaxNesting, "nested" },
        { "nested-10000-on-one-line", 3, "nested" },
        { "nested-10000-quotes", 3, "nested" },
        { "nested-emphasis", null, "nested" },
        { "very-long-line", 3, "characters long" },
        { "broken-yaml", 3, "front matter" }, // YAML reports the unterminated list where the text ends
        { "unclosed-yaml", 1, "never closed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_page_fails_alone_with_its_file_and_line_and_every_other_page_imports(string kind, int? line, string message)
    {
        using var wiki = TestWiki.CopyOfSamples();
        wiki.WriteBytes("bad.md", BadPage(kind));
        await using var session = await OpenAsync();

        var report = await new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary)).ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        var failed = Assert.Single(report.Pages, p => p.Status == PageStatus.Failed);
        Assert.Equal(new PageError("bad.md", line, failed.Error!.Message), failed.Error);
        Assert.Contains(message, failed.Error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(6, report.Imported);
        Assert.Equal(0, await CountAsync(session, "MATCH ()-[r]->() WHERE r.page = 'bad.md' RETURN count(r) AS c"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_page_that_turns_bad_keeps_exactly_its_previous_facts(string kind, int? line, string message)
    {
        using var wiki = TestWiki.CopyOfSamples();
        await using var session = await OpenAsync();
        var importer = new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary));
        await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
        var before = await GraphDump.ReadAsync(session, Token);

        wiki.WriteBytes(Victim, BadPage(kind));
        var report = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        var failed = Assert.Single(report.Pages, p => p.Status == PageStatus.Failed);
        Assert.Equal(new PageError(Victim, line, failed.Error!.Message), failed.Error);
        Assert.Contains(message, failed.Error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(5, report.Unchanged);
        Assert.Equal(before, await GraphDump.ReadAsync(session, Token));
    }

    [Fact]
    public async Task Crlf_and_a_bom_import_to_the_same_facts()
    {
        using var wiki = TestWiki.CopyOfSamples();
        await using var session = await OpenAsync();
        var importer = new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary));
        await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
        var before = await RelationshipsAsync(session);

        var text = wiki.Read(Victim).Replace("\n", "\r\n", StringComparison.Ordinal);
        wiki.WriteBytes(Victim, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var report = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.False(report.HasFailures, string.Join("\n", report.Pages.Select(p => p.Error)));
        Assert.Equal(PageStatus.Imported, report.Pages.Single(p => p.Page == Victim).Status); // new bytes, so re-written
        Assert.Equal(before, await RelationshipsAsync(session));
    }

    [Fact]
    public async Task Two_pages_with_one_title_both_import_onto_one_source_and_removing_one_restores_the_graph()
    {
        using var wiki = TestWiki.CopyOfSamples();
        await using var session = await OpenAsync();
        var importer = new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary));
        await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
        var before = await GraphDump.ReadAsync(session, Token);

        // Another site's notes on the same episode, under the same title: "a-copy.md" sorts first, so it now says what the Source is.
        wiki.Write("a-copy.md", "---\ntags: [copy]\ntitle: The AI paradox\n---\n\n## Key Takeaways\n\n- **Copies confuse graphs.** A second page.\n");
        var report = await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.False(report.HasFailures);
        var describing = await session.RunAsync("MATCH (p:Page)-[:DESCRIBES]->(s:Source {id: 'source:the-ai-paradox'}) RETURN p.path AS path ORDER BY path", null, CypherAccessMode.Read, Token);
        Assert.Equal(["a-copy.md", Victim], describing.Column("path"));
        var claims = await session.RunAsync("MATCH (:Source {id: 'source:the-ai-paradox'})-[r:CLAIMS]->(t:Thesis) RETURN DISTINCT r.page AS page ORDER BY page", null, CypherAccessMode.Read, Token);
        Assert.Equal(["a-copy.md", Victim], claims.Column("page"));
        var source = await session.RunAsync("MATCH (s:Source {id: 'source:the-ai-paradox'}) RETURN s.page AS page, s.tags AS tags", null, CypherAccessMode.Read, Token);
        Assert.Null(source.Column("page").Single()); // the pages say which they are through DESCRIBES, not on the Source
        Assert.Equal(["copy"], (IEnumerable<object?>)source.Column("tags").Single()!);

        wiki.Delete("a-copy.md");
        await importer.ImportDirectoryAsync(wiki.Path, cancellationToken: Token);

        Assert.Equal(before, await GraphDump.ReadAsync(session, Token));
    }

    private static byte[] BadPage(string kind) => kind switch
    {
        "binary" => [.. Encoding.UTF8.GetBytes("# The AI Paradox\n"), 0x00, 0x01, 0x02, 0xFF],
        "invalid-utf8" => [.. Encoding.UTF8.GetBytes("# The AI Paradox\n\nab"), 0xC3, 0x28],
        "empty" => [],
        "blank" => Encoding.UTF8.GetBytes(" \n\t\r\n\n"),
        "twenty-megabytes" => Encoding.UTF8.GetBytes("# The AI Paradox\n\n" + string.Concat(Enumerable.Repeat("- A point that repeats.\n", 20 * 1024 * 1024 / 23))),
        "nested-1000-indented" => Encoding.UTF8.GetBytes("# The AI Paradox\n\n" + string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + $"- level {i}\n"))),
        "nested-10000-on-one-line" => Encoding.UTF8.GetBytes("# The AI Paradox\n\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "deep\n"),
        "nested-10000-quotes" => Encoding.UTF8.GetBytes("# The AI Paradox\n\n" + new string('>', 10_000) + " deep\n"),
        "nested-emphasis" => Encoding.UTF8.GetBytes("# The AI Paradox\n\n" + string.Concat(Enumerable.Repeat("*a ", 10_000)) + string.Concat(Enumerable.Repeat("a* ", 10_000)) + "\n"),
        "very-long-line" => Encoding.UTF8.GetBytes("# The AI Paradox\n\n" + string.Concat(Enumerable.Repeat("Agents ship code. ", 1_000_000 / 18 + 1)) + "\n"),
        "broken-yaml" => Encoding.UTF8.GetBytes("---\ntitle: [The AI Paradox\n---\n# The AI Paradox\n"),
        "unclosed-yaml" => Encoding.UTF8.GetBytes("---\ntitle: The AI Paradox\n\n# The AI Paradox\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static async Task<List<string>> RelationshipsAsync(ICypherSession session)
    {
        var result = await session.RunAsync(
            "MATCH (a)-[r]->(b) RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + r.page + ':' + toString(r.line) + ' ' + r.section + ' ' + r.evidence AS line",
            null, CypherAccessMode.Read, Token);
        return result.Column("line").Cast<string>().Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<long> CountAsync(ICypherSession session, string query) =>
        (long)(await session.RunAsync(query, null, CypherAccessMode.Read, Token)).Single("c")!;

    private static async Task<EmbeddedCypherSession> OpenAsync()
    {
        var session = EmbeddedCypherSession.Open(null);
        await GraphSchema.ApplyAsync(session, Token);
        return session;
    }
}
