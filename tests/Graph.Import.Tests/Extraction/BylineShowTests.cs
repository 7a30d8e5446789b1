using Graph.Core.Model;
using Graph.Import.Tests.Support;

namespace Graph.Import.Tests.Extraction;

/// <summary>"By Show" lines on pages without a Source line: PUBLISHED_ON only for declared shows.</summary>
public sealed class BylineShowTests
{
    [Theory]
    [InlineData("An Episode Title\nBy Example Show\n\nBody.\n", true)]
    [InlineData("An Episode Title\nBy Ada Lovelace\n\nBody.\n", false)]
    [InlineData("Source: talks/x.md (example.org) — Other Show talk with Ada Lovelace.\nBy Example Show\n\nBody.\n", false)]
    public void A_byline_naming_a_declared_show_publishes_the_source_on_it(string page, bool published)
    {
        using var wiki = TestWiki.Empty();
        var vocabulary = Vocabulary.Load(wiki.Write("vocabulary.yaml", "shows:\n  - name: Example Show\n"));
        wiki.Write("episode.md", page);

        var facts = new WikiImporter(new InMemoryGraphSession(), vocabulary).Explain(wiki.Path, "episode.md");

        var onExampleShow = facts.Relationships.Where(r => r.Type == RelationshipTypes.PublishedOn && r.ToId == "show:example-show").ToList();
        Assert.Equal(published ? 1 : 0, onExampleShow.Count);
        if (published)
        {
            Assert.Equal(2, onExampleShow[0].Provenance.Line);
            Assert.Equal("By Example Show", onExampleShow[0].Provenance.Evidence);
        }
    }
}
