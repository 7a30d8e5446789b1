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

    [Theory]
    // Lines over a "--" rule are a saved page's header, not one long setext heading.
    [InlineData("review-notes-okafor.md", "Sign in\nMember-only story\nWhat I Learned From Maria Okafor's Review Talk\nTomas Reyes\n7 min read · Mar 3, 2026\n--\nListen\n\nThe talk was short and full of claims.\n", "What I Learned From Maria Okafor's Review Talk")]
    // A two-word line names a site or a show, even one the file name repeats; the names after a title's bars are not the title.
    [InlineData("podcast-app-okafor.md", "Podcast App\nPreview\nHow Brightline ships weekly | Maria Okafor (CEO)\nTechnology\n\nMaria Okafor is the CEO of Brightline.\n", "How Brightline ships weekly")]
    public void A_saved_page_s_header_lines_and_site_name_do_not_hide_its_title(string file, string text, string title)
    {
        var page = OnePage.Extract(text, file);

        Assert.Equal(title, page.Title);
    }

    [Theory]
    // A page opening on a quotation is titled by it when its file name says so.
    [InlineData("every-agent-needs-a-human.md", "\"Every agent needs a human. The further it is from one, the worse it does.\nSomeone · 2026-05-22\n", "Every agent needs a human")]
    // An outline's numbered, cited heading is not the title: the address is.
    [InlineData("notes.md", "<!-- url: https://notes.example/n/openclaw-ai-broke-internet -->\n1.1. What is OpenClaw? [24]\n\nOpenClaw is an agent.\n", "openclaw ai broke internet")]
    // A long line in sentence case is prose, even cut off before its full stop.
    [InlineData("notes.md", "<!-- url: https://notes.example/n/openclaw-ai-broke-internet -->\nThe first prototype of OpenClaw was built in one hour and it grew to three hundred thousand lines\n", "openclaw ai broke internet")]
    public void Quotations_outlines_and_long_prose_lines_title_a_page_only_as_its_address_allows(string file, string text, string title)
    {
        using var wiki = TestWiki.Empty();
        wiki.Write(file, text);

        var facts = new WikiImporter(new InMemoryGraphSession(), Vocabulary.Empty).Explain(wiki.Path, file);

        var source = Assert.Single(facts.Nodes, n => n.Id == Assert.Single(facts.Relationships, r => r.Type == RelationshipTypes.Describes).ToId);
        Assert.Equal(title, source.Properties["title"]);
    }

    [Theory]
    // A reader's export: labelled metadata above the content.
    [InlineData("Title: Why evaluation is the new spec\n\nURL Source: https://example.org/p/why-evaluation\n\nPublished Time: 2026-03-02T10:00:00Z\n\nMarkdown Content:\nSkip to content\n\nThe episode covers evaluation suites.\n",
        "Why evaluation is the new spec", "https://example.org/p/why-evaluation")]
    // A page saved whole keeps its HTML head.
    [InlineData("<head>\n<title>Why evaluation is the new spec &amp; more</title>\n<link rel=\"canonical\" href=\"https://example.org/p/why-evaluation\">\n</head>\n\nThe episode covers evaluation suites.\n",
        "Why evaluation is the new spec & more", "https://example.org/p/why-evaluation")]
    public void A_saved_page_s_own_metadata_gives_its_title_and_address(string text, string title, string url)
    {
        var page = OnePage.Extract(text);

        Assert.Equal(title, page.Title);
        var source = Assert.Single(page.Facts.Nodes, n => n.Label == Labels.Source);
        Assert.Equal(url, source.Properties["url"]);
    }

    [Fact]
    public void A_post_s_hashtag_line_is_no_title()
    {
        var page = OnePage.Extract("Just finished a long conversation about evaluation with a friend, and here is what stuck with me:\n\n- Evaluations belong in the build.\n- Weekly releases beat quarterly plans.\n- Small teams ship faster than big ones.\n\nHighly recommend the full episode. #ai #product\n", "evals-notes.md");

        Assert.Equal("evals notes", page.Title);
    }

    [Fact]
    public void A_web_title_drops_its_show_and_site_names_but_still_names_its_guest()
    {
        var site = OnePage.Extract("Skip to content\n\nThe End of Prompt Engineering | Latent Space | PodNotes\n\nApr 3, 2026 · 12 min read\n\nThe hosts talk prompting.\n");
        var guest = OnePage.Extract("Learning and Podcasting at Scale | Zorvath Quenby\n\nZorvath Quenby has become a leading podcaster.\n");

        Assert.Equal("The End of Prompt Engineering", site.Title);
        Assert.Equal("Learning and Podcasting at Scale", guest.Title);
        Assert.Equal("guest", guest.Roles["Zorvath Quenby"]);
    }
}
