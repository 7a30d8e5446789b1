using Graph.Import.Parsing;

namespace Graph.Import.Tests.Parsing;

public sealed class WikiPageParserTests
{
    private const string BarePage = """
        Source: raw/Some_Talk.md (example.com/talk) — Example Show interview with Ada Lovelace, engineer at Analytical.
        An intro paragraph that Markdown glues to the Source line.
        Key Takeaways
        - First point. More words here.
        - **Bold lead.** And the rest.
        Why it matters
        This paragraph is glued to the bare heading above it.
        Related
        - Another Note — Ada Lovelace (Example Show) — a note.
        """;

    [Fact]
    public void Bare_heading_lines_start_sections_even_when_glued_to_neighbouring_blocks()
    {
        var page = WikiPageParser.Parse("bare.md", BarePage);

        Assert.Equal(["Intro", "Key Takeaways", "Why it matters", "Related"], page.Sections.Select(s => s.Name));
        Assert.Equal([SectionKind.Intro, SectionKind.KeyTakeaways, SectionKind.WhyItMatters, SectionKind.Related], page.Sections.Select(s => s.Kind));
        Assert.Equal([3, 6, 8], page.Sections.Skip(1).Select(s => s.Line));
        var why = Assert.Single(page.SectionsOf(SectionKind.WhyItMatters).Single().Blocks);
        Assert.Equal(BlockKind.Paragraph, why.Kind);
        Assert.Equal(7, why.Line);
        Assert.Equal("This paragraph is glued to the bare heading above it.", why.Text);
    }

    [Fact]
    public void The_source_line_is_its_own_block_and_the_intro_follows_it()
    {
        var page = WikiPageParser.Parse("bare.md", BarePage);

        Assert.NotNull(page.SourceLine);
        Assert.Equal(1, page.SourceLine.Line);
        Assert.StartsWith("Source: raw/Some_Talk.md", page.SourceLine.Text);
        var intro = page.Intro.Blocks.Single(b => b.Kind == BlockKind.Paragraph);
        Assert.Equal(2, intro.Line);
    }

    [Fact]
    public void List_items_keep_their_line_and_bold_lead()
    {
        var items = WikiPageParser.Parse("bare.md", BarePage).SectionsOf(SectionKind.KeyTakeaways).Single().Blocks;

        Assert.Equal([4, 5], items.Select(b => b.Line));
        Assert.All(items, b => Assert.Equal(BlockKind.ListItem, b.Kind));
        Assert.Null(items[0].Lead);
        Assert.Equal("Bold lead.", items[1].Lead);
        Assert.Equal("Bold lead. And the rest.", items[1].Text);
    }

    [Fact]
    public void Atx_headings_front_matter_and_title_are_recognized()
    {
        const string text = "---\ntitle: T\n---\n# The Title\n\nIntro text.\n\n## Key Takeaways\n\n- A point.\n\n## Something Else\n\nBody.\n";

        var page = WikiPageParser.Parse("atx.md", text);

        Assert.Equal("T", page.FrontMatter?.Title?.Name);
        Assert.Equal(new TextLine(4, "The Title"), page.Heading);
        Assert.Equal(["Intro", "Key Takeaways", "Something Else"], page.Sections.Select(s => s.Name));
        Assert.Equal(SectionKind.Other, page.Sections[2].Kind);
        Assert.Equal(10, page.Sections[1].Blocks.Single().Line);
    }

    [Fact]
    public void Crlf_and_a_bom_change_nothing()
    {
        var lf = WikiPageParser.Parse("a.md", BarePage);
        var crlf = WikiPageParser.Parse("a.md", "\uFEFF" + BarePage.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(Describe(lf), Describe(crlf));
    }

    [Fact]
    public void A_multi_line_paragraph_maps_each_sentence_to_its_own_line()
    {
        var page = WikiPageParser.Parse("lines.md", "First line here.\nSecond line starts here.\nThird.\n");
        var block = page.Intro.Blocks.Single();

        Assert.Equal(1, block.LineAt(0));
        Assert.Equal(2, block.LineAt(block.Text.IndexOf("Second", StringComparison.Ordinal)));
        Assert.Equal(3, block.LineAt(block.Text.IndexOf("Third", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_list_exported_onto_a_heading_line_becomes_list_items()
    {
        const string text = "## Key takeaways - **Alpha beats beta**: because of reasons. - **Gamma matters**: more reasons.\n";

        var section = WikiPageParser.Parse("x.md", text).SectionsOf(SectionKind.KeyTakeaways).Single();

        Assert.Equal("Key takeaways", section.Name);
        Assert.Equal(["Alpha beats beta", "Gamma matters"], section.Blocks.Select(b => b.Lead));
        Assert.All(section.Blocks, b => Assert.Equal(1, b.Line));
    }

    [Fact]
    public void An_item_that_mentions_takeaways_stays_an_item_and_a_stock_name_item_heads_a_section()
    {
        const string text = "## What we talked about\n\n- Why MMLU is saturated\n- NeurIPS 2025 takeaways and the WWDC keynote\n- How teams changed\n\n- Key takeaways\n- Evals are the spec\n";

        var sections = WikiPageParser.Parse("x.md", text).Sections;

        Assert.Equal(["What we talked about", "Key takeaways"], sections.Skip(1).Select(s => s.Name));
        Assert.Equal(3, sections[1].Blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.Equal(SectionKind.KeyTakeaways, sections[2].Kind);
    }

    [Fact]
    public void Nested_items_quotes_code_and_html_are_kept_with_their_kind()
    {
        const string text = "<!-- url: https://example.com/x -->\n\n- Outer item\n  - Inner item\n\n> Quoted words.\n\n```\ncode line\n```\n";

        var blocks = WikiPageParser.Parse("x.md", text).Intro.Blocks;

        Assert.Equal([BlockKind.Html, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Quote, BlockKind.Code], blocks.Select(b => b.Kind));
        Assert.Equal([0, 0, 1, 0, 0], blocks.Select(b => b.Depth));
        Assert.Equal([1, 3, 4, 6, 9], blocks.Select(b => b.Line));
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error_on_line_1()
    {
        var error = Assert.Throws<PageFormatException>(() => WikiPageParser.Parse("x.md", "---\ntitle: Never closed\n\nBody.\n"));

        Assert.Equal(1, error.Line);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_front_matter_yaml_names_the_file_line()
    {
        var error = Assert.Throws<PageFormatException>(() => WikiPageParser.Parse("x.md", "---\ntitle: ok\npeople: [unclosed\n---\nBody.\n"));

        Assert.NotNull(error.Line);
        Assert.InRange(error.Line.Value, 3, 4);
        Assert.StartsWith("front matter:", error.Message, StringComparison.Ordinal);
    }

    private static string Describe(WikiPage page) => string.Join("\n", page.Sections.Select(s =>
        $"{s.Name}@{s.Line}: " + string.Join(" | ", s.Blocks.Select(b => $"{b.Kind}@{b.Line}:{b.Lead}:{b.Text}"))));
}
