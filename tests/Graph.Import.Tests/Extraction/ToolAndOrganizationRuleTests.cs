using Graph.Core.Model;
using Graph.Import.Tests.Support;

namespace Graph.Import.Tests.Extraction;

/// <summary>Tools and organizations with no user vocabulary: product shapes, usage cues, the built-in list, and case.</summary>
public sealed class ToolAndOrganizationRuleTests
{
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
}
