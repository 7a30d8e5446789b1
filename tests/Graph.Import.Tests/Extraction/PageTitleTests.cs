using Graph.Core.Model;
using Graph.Import.Tests.Support;

namespace Graph.Import.Tests.Extraction;

/// <summary>Which text a page's Source is titled by, for pages with and without a heading.</summary>
public sealed class PageTitleTests
{
    [Theory]
    [InlineData("# The Real Title\n\nFrom a bare line\n", "The Real Title")]
    [InlineData("<!-- url: https://example.org -->\nFrom ChatGPT to Uber: the quiet architect\nBy Some Show\nSummary\n\nBody text.\n", "From ChatGPT to Uber: the quiet architect")]
    [InlineData("This interview between two people is a gem. Notes follow.\n", "saved page notes")]
    [InlineData("\"Every agent needs a human,\" he said\n", "saved page notes")]
    [InlineData("Key Takeaways\n- A point.\n", "saved page notes")]
    public void A_page_is_titled_by_its_heading_else_a_bare_title_line_else_its_file_name(string text, string title)
    {
        using var wiki = TestWiki.Empty();
        wiki.Write("saved-page_notes.md", text);

        var facts = new WikiImporter(new InMemoryGraphSession(), Vocabulary.Empty).Explain(wiki.Path, "saved-page_notes.md");

        var source = Assert.Single(facts.Nodes, n => n.Id == Assert.Single(facts.Relationships, r => r.Type == RelationshipTypes.Describes).ToId);
        Assert.Equal(title, source.Properties["title"]);
    }
}
