using Graph.Core.Model;
using Graph.Import.Tests.Support;

namespace Graph.Import.Tests.Extraction;

/// <summary>Tools and organizations with no user vocabulary: product shapes, usage cues, the built-in list, and case.</summary>
public sealed class ToolAndOrganizationRuleTests
{
    [Theory]
    [InlineData("Moldbook, a social network for agents, grew fast last winter.", "Moldbook")]
    [InlineData("Quillpad is an open-source coding assistant that runs on a laptop.", "Quillpad")]
    [InlineData("The team liked Zeddo's agent panel more than they expected.", "Zeddo")]
    [InlineData("Give the agent a tool and keep the loop small.", null)]
    public void A_name_the_sentence_calls_a_kind_of_software_is_a_tool(string sentence, string? tool)
    {
        var page = OnePage.Extract($"# Notes\n\n{sentence}\n");

        Assert.Equal(tool is null ? [] : [tool], page.Names(Labels.Tool));
    }

    [Fact]
    public void A_usage_cue_before_a_way_of_working_names_no_tool()
    {
        var page = OnePage.Extract("# Notes\n\nThey started using First Principles thinking for reviews, and switched to Linear for planning.\n");

        Assert.Equal(["Linear"], page.Names(Labels.Tool));
    }

    [Theory]
    [InlineData("My notes from her talk at EvalConf on shipping weekly.", null)]
    [InlineData("Her team took a close look at LangGraph before building their own.", "LangGraph")]
    public void A_product_shaped_name_one_is_at_is_an_event_or_a_company_not_a_tool(string sentence, string? tool)
    {
        var page = OnePage.Extract($"# Notes\n\n{sentence}\n");

        Assert.Equal(tool is null ? [] : [tool], page.Names(Labels.Tool));
    }

    [Fact]
    public void A_surname_s_mc_is_not_a_product_s_inner_capital()
    {
        var page = OnePage.Extract("# Notes\n\nShe was a McKinsey consultant before she built EvalKit.\n");

        Assert.Equal(["EvalKit"], page.Names(Labels.Tool));
    }

    [Fact]
    public void A_typo_of_a_tool_the_page_names_is_that_tool()
    {
        var page = OnePage.Extract("# Notes\n\nWe use Perplexity every day. Perplexty is an AI search assistant that cites its sources.\n");

        Assert.Equal(["Perplexity"], page.Names(Labels.Tool));
    }

    [Fact]
    public void A_site_s_name_alone_above_the_title_is_its_masthead_not_a_tool()
    {
        var page = OnePage.Extract("VideoDigest\nPricing\nMaria Okafor on Evaluation at Scale\nKey Points\n• Evaluations belong in the build, she says, and QuillPad runs them.\n", "videodigest-maria-okafor-evaluation-at-scale.md");

        Assert.Equal("Maria Okafor on Evaluation at Scale", page.Title);
        Assert.Equal(["QuillPad"], page.Names(Labels.Tool));
    }

    [Fact]
    public void A_file_named_after_a_tool_is_a_file_not_the_tool()
    {
        var page = OnePage.Extract("# Notes\n\nWhy your Claude.md file is so important, and what goes in AGENTS.md.\n\nThe team writes fixes back into it every week.\n");

        Assert.DoesNotContain("Claude", page.Names(Labels.Tool));
    }

    [Fact]
    public void Product_shapes_and_usage_cues_name_tools()
    {
        var page = OnePage.Extract("Build notes\n\nWe moved the team to TaskForge last spring, built with Quillpad, and wired GPT-5 and Gemini 2.5 into the Notebook app.\n");

        var tools = page.Names(Labels.Tool);
        Assert.Contains("TaskForge", tools);
        Assert.Contains("Quillpad", tools);
        Assert.Contains("GPT-5", tools);
        Assert.Contains("Gemini 2.5", tools);
        Assert.Contains("Notebook app", tools);
        Assert.All(page.Relationships(RelationshipTypes.Mentions).Where(r => r.ToLabel == Labels.Tool), r => Assert.NotNull(r.Properties["rule"]));
    }

    [Fact]
    public void A_list_naming_a_known_tool_lists_tools_and_inner_capitals_make_products()
    {
        var page = OnePage.Extract("Notes\n\nThe agent talks through messaging apps like WhatsApp, Parleo and iMessage; its author, creator of Quillpad, also wrote PDFKitten.\n");

        var tools = page.Names(Labels.Tool);
        Assert.Contains("Parleo", tools);
        Assert.Contains("iMessage", tools);
        Assert.Contains("Quillpad", tools);
        Assert.Contains("PDFKitten", tools);
    }

    [Fact]
    public void Common_words_stay_words()
    {
        var page = OnePage.Extract("Notes\n\nGood agents excel at narrow tasks, follow a linear plan and move the cursor less than people expect.\n");

        Assert.Empty(page.Names(Labels.Tool));
    }

    [Fact]
    public void Known_companies_are_organizations_that_make_their_tools()
    {
        var page = OnePage.Extract("Notes\n\nAnthropic's Claude Code and Codex from OpenAI both ran the same refactor; people at ThoughtWorks compared them.\n");

        Assert.Equal(["Anthropic", "OpenAI", "ThoughtWorks"], page.Names(Labels.Organization).Order(StringComparer.Ordinal));
        var makes = page.Relationships(RelationshipTypes.Makes).Select(r => (page.NameOf(r.FromId), page.NameOf(r.ToId))).ToList();
        Assert.Contains(("Anthropic", "Claude Code"), makes);
        Assert.Contains(("OpenAI", "Codex"), makes);
        Assert.DoesNotContain("ThoughtWorks", page.Names(Labels.Tool));
    }

    [Fact]
    public void A_user_vocabulary_overrides_the_built_in_one()
    {
        var page = OnePage.Extract("Notes\n\nCursor Jones wrote the note about Cursor.\n", vocabulary: "people:\n  - name: Cursor Jones\n    aliases: [Cursor]\n");

        Assert.DoesNotContain("Cursor", page.Names(Labels.Tool));
        Assert.Contains("Cursor Jones", page.Names(Labels.Person));
    }

    [Fact]
    public void A_renamed_product_is_one_tool_under_its_new_name()
    {
        var page = OnePage.Extract("# Notes\n\nThe ClawdBot (now OpenClaw) agent took off. Later ClawdBot gained a plugin store, and OpenClaw, formerly MoltBot, kept growing.\n");

        Assert.Equal(["OpenClaw"], page.Names(Labels.Tool));
    }

    [Fact]
    public void What_a_sentence_calls_a_company_is_an_organization_not_a_tool()
    {
        var page = OnePage.Extract("# Notes\n\nMaria Okafor is the founder of PDFWorkshop, and Brightline CEO Tomas Reyes invested. After the company received funding, she left.\n");

        Assert.Equal(["Brightline", "PDFWorkshop"], page.Names(Labels.Organization).Order(StringComparer.Ordinal));
        Assert.Empty(page.Names(Labels.Tool));
    }

    [Theory]
    [InlineData("Tools mentioned")]
    [InlineData("The stack")]
    [InlineData("Apps and services")]
    public void Items_under_a_tools_heading_are_tools_named_before_their_description(string heading)
    {
        var page = OnePage.Extract($"# Notes\n\nGuest: Maria Okafor\n\n## {heading}\n\n- Loomwork — evaluation suites for agents\n- Quillpad: a notes app\n- Maria Okafor\n- the rest of the setup\n");

        Assert.Equal(["Loomwork", "Quillpad"], page.Names(Labels.Tool).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Items_under_other_headings_are_not_tools_by_position()
    {
        var page = OnePage.Extract("# Notes\n\n## Further reading\n\n- Loomwork — a history of looms\n- Quillpad: an essay\n");

        Assert.Empty(page.Names(Labels.Tool));
    }

    [Fact]
    public void A_three_part_version_stays_with_its_model()
    {
        var page = OnePage.Extract("# Notes\n\nIt can use different models, including Claude Opus 4.6.6 and GPT-5.3, for its tasks.\n");

        Assert.Contains("Claude Opus 4.6.6", page.Names(Labels.Tool));
        Assert.DoesNotContain("Claude Opus", page.Names(Labels.Tool));
    }

    [Theory]
    [InlineData("Quarrydeck, a startup building evaluation tools, shipped a new release.")]
    [InlineData("Quarrydeck, the company behind the harness, shipped a new release.")]
    [InlineData("Quarrydeck's CEO gave the keynote this year.")]
    [InlineData("Brightline was acquired by Quarrydeck last spring.")]
    [InlineData("She left her job to found Quarrydeck in 2024.")]
    [InlineData("Quarrydeck raised $20 million from investors last year.")]
    [InlineData("The team at Quarrydeck rebuilt the harness in a week.")]
    [InlineData("She joined Quarrydeck as its first engineer.")]
    public void What_a_sentence_says_of_a_company_makes_it_one(string sentence)
    {
        var page = OnePage.Extract($"# Notes\n\n{sentence}\n");

        Assert.Contains("Quarrydeck", page.Names(Labels.Organization));
        Assert.DoesNotContain("Quarrydeck", page.Names(Labels.Tool));
    }

    [Theory]
    [InlineData("Loomwork, a tool for writing evaluations, shipped a new release.")]
    [InlineData("She joined the call as a guest.")]
    public void A_product_described_as_one_is_not_a_company(string sentence)
    {
        var page = OnePage.Extract($"# Notes\n\n{sentence}\n");

        Assert.Empty(page.Names(Labels.Organization));
    }

    [Fact]
    public void An_acronym_with_a_designation_number_is_no_product()
    {
        var page = OnePage.Extract("# Notes\n\nDuring COVID-19 the team moved online, then adopted QRX-5 and QRX-4.1 for drafting.\n");

        Assert.Equal(["QRX-4.1", "QRX-5"], page.Names(Labels.Tool).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_language_is_no_tool_and_a_kind_of_software_called_X_names_one()
    {
        var page = OnePage.Extract("# Notes\n\nThe team switched to English for its docs and is using Swahili in support. They installed an extension called Tabsmith.\n");

        Assert.Equal(["Tabsmith"], page.Names(Labels.Tool));
    }

    [Fact]
    public void A_sponsor_is_an_organization()
    {
        var page = OnePage.Extract("# Notes\n\nThis episode is brought to you by Tesselate and by Orbit Works.\n\nThanks to Quarrydeck for sponsoring today's newsletter.\n");

        Assert.Equal(["Orbit Works", "Quarrydeck", "Tesselate"], page.Names(Labels.Organization).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_table_under_a_tools_heading_names_a_tool_a_row()
    {
        var page = OnePage.Extract("# Notes\n\n## Tools mentioned\n\n| Tool | What it does |\n|---|---|\n| Loomwork | evaluation suites for agents |\n| Quillpad | a notes app |\n");

        Assert.Equal(["Loomwork", "Quillpad"], page.Names(Labels.Tool).Order(StringComparer.Ordinal));
    }
}
