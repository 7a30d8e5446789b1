using System.Text.Json;
using Graph.Bench.Import;
using Graph.Core.Model;
using Graph.Import.Extraction;
using Graph.Import.Tests.Support;
using Graph.Import.Writing;
using Graph.Testing;

namespace Graph.Import.Tests;

/// <summary>
/// An import skips a page when none of the wiki titles it can spell changed, so those must be the only titles its
/// facts depend on: extracting each page against the whole catalog and against only its relevant titles must give
/// the same facts, on the samples, the shared corpus and a generated wiki whose pages name each other a lot.
/// </summary>
public sealed class TitleDependenciesTests
{
    public static TheoryData<string> Wikis => ["samples", "corpus", "synthetic"];

    [Theory]
    [MemberData(nameof(Wikis))]
    public void A_page_extracts_the_same_facts_without_the_titles_it_cannot_spell(string name)
    {
        var corpus = RepoPaths.Shared is { } shared ? Path.Combine(shared, "corpus") : null;
        if (name == "corpus" && !Directory.Exists(corpus))
        {
            Assert.Skip("../shared/corpus is not beside the repository");
        }
        using var scratch = TestWiki.Empty();
        var (roots, vocabulary) = name switch
        {
            "samples" => ([RepoPaths.SampleWiki], Vocabulary.Load(RepoPaths.SampleVocabulary)),
            // The corpus pages by others, in one wiki with the samples, whose titles they name.
            "corpus" => (new[] { corpus!, RepoPaths.SampleWiki }, Vocabulary.Load(RepoPaths.SampleVocabulary)),
            _ => ([Generate(scratch)], Vocabulary.Discover(scratch.Path)),
        };
        var pages = roots.SelectMany(root => Directory.GetFiles(root, "*.md", SearchOption.AllDirectories)
                .Select(file => LoadedPage.Load(root, Path.GetRelativePath(root, file).Replace('\\', '/'), withWords: true)))
            .ToList();
        var catalog = vocabulary.With(pages.Select(p => p.Identity!.AsVocabularyEntry() with { IsWikiPage = true }));
        var dependencies = new TitleDependencies(catalog.Entries);
        var crossPage = 0;

        foreach (var page in pages)
        {
            var relevant = dependencies.RelevantTo(page.Words!);
            crossPage += relevant.Count(entry => entry.Name != page.Identity!.Title);
            var whole = Facts(new Extractor(catalog), page);
            var reduced = Facts(new Extractor(vocabulary.With(relevant)), page);
            Assert.True(whole == reduced, $"{page.Path}: facts differ without the titles it cannot spell");
        }
        // The check means something only if pages do name each other's titles.
        Assert.True(crossPage >= (name == "synthetic" ? pages.Count : 2), $"only {crossPage} cross-page titles");
    }

    [Fact]
    public void A_title_is_relevant_when_the_page_spells_all_its_words_however_marked_up()
    {
        var titles = new TitleDependencies(
        [
            new VocabularyEntry(EntityKind.Source, "The Pragmatic Engineer", []) { IsWikiPage = true },
            new VocabularyEntry(EntityKind.Source, "Teams That Ship", ["Shipping Teams"]) { IsWikiPage = true },
            new VocabularyEntry(EntityKind.Source, "Why Coding Is Solved", []) { IsWikiPage = true },
        ]);

        string[] Relevant(string text, string path = "p.md", string[]? frontMatter = null) =>
            titles.RelevantTo(PageWords.Of(text, path, frontMatter ?? [])).Select(e => e.Name).ToArray();

        Assert.Equal(["The Pragmatic Engineer"], Relevant("See pragmatic   ENGINEER’s notes."));
        Assert.Equal(["Teams That Ship"], Relevant("- Tea**ms** That Ship — a talk"));
        Assert.Equal(["Teams That Ship"], Relevant("Shipping&#32;<em>Teams</em>"));
        Assert.Equal(["Why Coding Is Solved"], Relevant("No title here.", "why_coding_is_solved.md"));
        Assert.Equal(["Teams That Ship"], Relevant("---\ntitle: \"Te\\u0061ms That Ship\"\n---\n", frontMatter: ["Teams That Ship"]));
        Assert.Empty(Relevant("Coding is solved, they say. How?"));
    }

    private static string Generate(TestWiki wiki)
    {
        // Over 256 pages: the whole catalog is a layer of its own under each page's names, the relevant titles are merged with them.
        new SyntheticWiki(300, 11).WriteTo(wiki.Path);
        return wiki.Path;
    }

    private static string Facts(Extractor extractor, LoadedPage page)
    {
        var facts = extractor.Extract(page.Page!, page.Path, page.ContentHash!);
        return JsonSerializer.Serialize(GraphWriter.Statements(facts).Select(s => new { s.Query, s.Rows }));
    }
}
