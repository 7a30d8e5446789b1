using Graph.Import.Parsing;

namespace Graph.Import.Tests.Parsing;

/// <summary>The clean stage: site chrome goes before extraction, content and its line numbers stay.</summary>
public sealed class PageCleanerTests
{
    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("Back to All Episodes")]
    [InlineData("Command Palette")]
    [InlineData("Subscribe now")]
    [InlineData("Share this episode")]
    [InlineData("Watch on YouTube ↗")]
    [InlineData("Accept all cookies")]
    [InlineData("© 2026 Example Media. All rights reserved.")]
    [InlineData("Home › Podcasts › Episode 12")]
    [InlineData("12:04 – 15:30")]
    [InlineData("← Back to the library")]
    [InlineData("Share on X · Share on LinkedIn · Subscribe")]
    [InlineData("Follow Tomas on Twitter @tokafor or on GitHub.")]
    public void Navigation_and_footer_lines_are_chrome(string line) => Assert.True(PageCleaner.IsChrome(line));

    [Theory]
    [InlineData("Share of voice matters less than taste, she says.")]
    [InlineData("Home is where the agent runs: on your own laptop.")]
    [InlineData("Why evaluation is the new product spec")]
    [InlineData("Follow your curiosity, not the leaderboard.")]
    [InlineData("Taste · judgment · speed: what still matters")]
    public void Content_lines_are_not_chrome(string line) => Assert.False(PageCleaner.IsChrome(line));

    [Fact]
    public void Chrome_lines_go_and_the_rest_keep_their_line_numbers()
    {
        var page = WikiPageParser.Parse("p.md", "Skip to content\nSome ShowSome Show\n\nA Real Title For The Episode\n\nMenu\n\nThe guest explains why agents need owners.\n\nMenu\n\nMenu\n");

        var lines = page.Sections.SelectMany(s => s.Blocks).SelectMany(b => b.Lines).Select(l => (l.Line, l.Text.Trim())).ToList();

        Assert.Equal([(4, "A Real Title For The Episode"), (8, "The guest explains why agents need owners.")], lines);
    }

    [Fact]
    public void A_table_of_contents_goes_and_the_prose_after_it_stays()
    {
        var page = WikiPageParser.Parse("p.md", "Intro line for the page.\n\nTable of Contents\n\n1. First chapter\n2. Second chapter\n\nThe first chapter argues that cheap code raises the value of judgment.\n");

        var texts = page.Sections.SelectMany(s => s.Blocks).Select(b => b.Text).ToList();

        Assert.Equal(["Intro line for the page.", "The first chapter argues that cheap code raises the value of judgment."], texts);
    }

    [Fact]
    public void Glyph_bullets_on_single_lines_are_list_items_with_their_own_lines()
    {
        var page = WikiPageParser.Parse("p.md", "Key highlights:\n\n  • Scaling still holds for now\n  • Diffusion is fast but not instant\n→ Regulation needs a federal floor\n");

        var section = page.Sections.Single(s => s.Kind == SectionKind.KeyPoints);

        Assert.All(section.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
        Assert.Equal([(3, "Scaling still holds for now"), (4, "Diffusion is fast but not instant"), (5, "Regulation needs a federal floor")],
            section.Blocks.Select(b => (b.Line, b.Text)).ToList());
    }

    [Fact]
    public void A_chapter_items_start_time_is_not_part_of_its_text()
    {
        var page = WikiPageParser.Parse("p.md", "We talked about:\n\n- (05:00) How engineers own features\n- 1:29 – 4:29 Why evaluation comes first\n- [01:02:03] - Shipping weekly\n- 10:30 is when standup starts\n");

        Assert.Equal(["How engineers own features", "Why evaluation comes first", "Shipping weekly", "10:30 is when standup starts"],
            page.Sections.SelectMany(s => s.Blocks).Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text).ToList());
    }

    [Fact]
    public void Paragraphs_indented_under_a_list_item_short_of_its_content_column_are_the_items_text()
    {
        var page = WikiPageParser.Parse("p.md", "Chapters\n\n  1. 1:29 – 4:29\n\n    Evaluation first: why the suite comes before the prompt\n\n    Maria explains how her team writes evals.\n\n  2. 4:29 – 6:18\n\n    Shipping weekly: small launches, fast feedback\n\n    Tomas describes the launch cadence.\n");

        var items = page.Sections.SelectMany(s => s.Blocks).Where(b => b.Kind == BlockKind.ListItem).ToList();

        Assert.Equal(["Evaluation first: why the suite comes before the prompt", "Shipping weekly: small launches, fast feedback"], items.Select(i => i.Lead).ToList());
        Assert.Equal("Evaluation first: why the suite comes before the prompt Maria explains how her team writes evals.", items[0].Text);
        Assert.Equal(7, items[0].LineAt(items[0].Text.IndexOf("Maria", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_copy_with_other_lines_reads_its_own_text()
    {
        var block = new PageBlock(BlockKind.Paragraph, [new TextLine(1, "Skip to content"), new TextLine(2, "The real point.")]);
        Assert.Equal("Skip to content The real point.", block.Text);

        Assert.Equal("The real point.", (block with { Lines = [block.Lines[1]] }).Text);
    }

    [Fact]
    public void Where_to_subscribe_and_follow_is_chrome_and_a_wiki_link_reads_as_its_note_s_name()
    {
        var page = WikiPageParser.Parse("p.md", "The guest works with [[people/Maria Okafor|Maria]] on [[Loomwork#Setup]].\n\nSubscribe on Apple Podcasts and Spotify.\n\nFollow us on X\n");

        var texts = page.Sections.SelectMany(s => s.Blocks).Select(b => b.Text).ToList();

        Assert.Equal(["The guest works with Maria Okafor on Loomwork."], texts);
    }

    [Fact]
    public void Keycap_numbers_mark_items_as_numbers_do()
    {
        var page = WikiPageParser.Parse("p.md", "Three things I learned:\n\n1\uFE0F\u20E3 Evaluations belong in the build.\n2\uFE0F\u20E3 Weekly releases beat quarterly plans.\n3\u20E3Small teams ship faster.\n");

        var items = page.Sections.SelectMany(s => s.Blocks).Where(b => b.Kind == BlockKind.ListItem).Select(b => (b.Line, b.Text)).ToList();

        Assert.Equal([(3, "Evaluations belong in the build."), (4, "Weekly releases beat quarterly plans."), (5, "Small teams ship faster.")], items);
    }
}
