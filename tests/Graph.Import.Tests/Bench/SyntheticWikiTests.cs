using Graph.Bench.Import;
using Graph.Core.Model;
using Graph.Import.Tests.Support;

namespace Graph.Import.Tests.Bench;

/// <summary>A smoke test of the benchmark's generator: same seed, same bytes; and the pages import cleanly.</summary>
public sealed class SyntheticWikiTests
{
    [Fact]
    public void The_same_seed_gives_the_same_wiki_and_another_seed_another()
    {
        static List<byte[]> Pages(int seed)
        {
            var wiki = new SyntheticWiki(40, seed);
            return Enumerable.Range(0, 40).Select(wiki.Page).ToList();
        }

        Assert.Equal(Pages(7), Pages(7));
        Assert.NotEqual(Pages(7), Pages(8));
        Assert.Equal(new SyntheticWiki(40, 7).Vocabulary(), new SyntheticWiki(40, 7).Vocabulary());
    }

    [Fact]
    public async Task Generated_pages_import_without_failure_into_a_connected_graph()
    {
        using var wiki = TestWiki.Empty();
        new SyntheticWiki(60, 3).WriteTo(wiki.Path);
        var pages = new List<PageFacts>();

        var report = await new WikiImporter(new InMemoryGraphSession(), Vocabulary.Discover(wiki.Path)) { OnExtracted = pages.Add }
            .ImportDirectoryAsync(wiki.Path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(60, report.Imported);
        Assert.False(report.HasFailures, string.Join("\n", report.Pages.Select(p => p.Error)));
        var relationships = pages.SelectMany(p => p.Relationships).ToList();
        foreach (var type in new[] { RelationshipTypes.AppearsIn, RelationshipTypes.PublishedOn, RelationshipTypes.Claims, RelationshipTypes.Holds,
            RelationshipTypes.RelatedTo, RelationshipTypes.Suggests, RelationshipTypes.Asks, RelationshipTypes.Mentions })
        {
            Assert.Contains(relationships, r => r.Type == type);
        }
        // Entities recur across pages, as in a real wiki.
        Assert.Contains(relationships.Where(r => r.Type == RelationshipTypes.Claims).GroupBy(r => r.ToId), g => g.Count() > 1);
    }
}
