using Graph.Core.Model;
using Graph.Import.Extraction;
using Graph.Import.Tests.Support;

namespace Graph.Import.Tests.Extraction;

/// <summary>Names whose links say what they are: a site of their own, a profile, a company page.</summary>
public sealed class LinkRuleTests
{
    [Theory]
    [InlineData("Loomwork", "https://loomwork.dev", "OwnSite")]
    [InlineData("Loomwork", "https://www.getloomwork.com/", "OwnSite")]
    [InlineData("Loom Work", "https://loomworkhq.co.uk", "OwnSite")]
    [InlineData("Loomwork", "https://loomwork.dev/blog/2026/launch", "None")]
    [InlineData("this essay", "https://loomwork.dev", "None")]
    [InlineData("Tomas Reyes", "https://x.com/treyes", "Person")]
    [InlineData("Tomas Reyes", "https://www.linkedin.com/in/tomas-reyes-123", "Person")]
    [InlineData("Brightline", "https://www.linkedin.com/company/brightline", "Company")]
    [InlineData("Tomas Reyes", "https://en.wikipedia.org/wiki/Tomas_Reyes", "Person")]
    [InlineData("scaling laws", "https://en.wikipedia.org/wiki/Neural_scaling_law", "None")]
    [InlineData("his thread", "https://x.com/treyes/status/123", "None")]
    [InlineData("Tomas Reyes", "mailto:tomas@example.org", "None")]
    public void An_address_says_what_its_link_text_names(string text, string url, string kind) =>
        Assert.Equal(kind, LinkTarget.Classify(text, url).ToString());

    [Fact]
    public void Linked_products_companies_and_people_are_mentioned_by_the_source()
    {
        var page = OnePage.Extract(
            "# Notes on the agents talk\n\n" +
            "The team ships with [Loomwork](https://loomwork.dev) and reads [its changelog](https://loomwork.dev/changelog). " +
            "She joined the startup [Quarrydeck](https://quarrydeck.com) last year, after a stint at [Brightline](https://linkedin.com/company/brightline). " +
            "Credit for the harness goes to [Tomas Reyes](https://x.com/treyes).\n");

        Assert.Equal(["Loomwork"], page.Names(Labels.Tool));
        Assert.Equal(["Brightline", "Quarrydeck"], page.Names(Labels.Organization).Order(StringComparer.Ordinal));
        Assert.Contains("Tomas Reyes", page.Names(Labels.Person));
        var tool = Assert.Single(page.Relationships(RelationshipTypes.Mentions), r => r.ToLabel == Labels.Tool);
        Assert.Equal("own-site-link", tool.Properties["rule"]);
        Assert.Equal(3, tool.Provenance.Line);
    }
}
