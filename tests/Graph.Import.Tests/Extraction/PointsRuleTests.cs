using Graph.Core.Model;
using Graph.Import.Tests.Support;

namespace Graph.Import.Tests.Extraction;

/// <summary>Points stated the ways web pages and saved text state them, and who holds them.</summary>
public sealed class PointsRuleTests
{
    [Fact]
    public void A_points_label_inside_a_paragraph_starts_a_list_of_points()
    {
        var page = OnePage.Extract("An interview\n\nIn this interview, Maria Okafor discusses evaluation. Key points: - Evaluations belong in the build. - Weekly releases beat quarterly plans. Organized by a reader.\n");

        Assert.Equal(["evaluations belong in the build", "weekly releases beat quarterly plans"], Held(page, "Maria Okafor"));
    }

    [Theory]
    [InlineData("Through weekly readouts the team dropped long specs, and anyone can ship in a week.", "through weekly readouts the team dropped long specs, and anyone can ship in a week")]
    [InlineData("Evaluation lead on measuring every release, prototypes over documents, and why designers should commit code.", "measuring every release, prototypes over documents, and why designers should commit code")]
    public void The_line_under_a_web_page_s_title_states_its_main_point(string standfirst, string point)
    {
        var page = OnePage.Extract($"Menu\n\nShipping Without Specs | Maria Okafor\n\n{standfirst}\n\nMay 2, 2026\n\nThe rest of the notes follow here in prose.\n", "shipping-without-specs.md");

        Assert.Equal([point], Held(page, "Maria Okafor"));
        var claim = Assert.Single(page.Relationships(RelationshipTypes.Claims));
        Assert.Equal("standfirst", claim.Properties["rule"]);
        Assert.Equal(5, claim.Provenance.Line);
    }

    [Theory]
    [InlineData("Maria Okafor: The real evaluation boom hasn't started yet", "The real evaluation boom hasn't started yet")]
    [InlineData("Every release needs an eval | Maria Okafor", "Every release needs an eval")]
    [InlineData("Maria Okafor on why we're near the end of manual testing", null)]
    [InlineData("A long conversation with Maria Okafor: evaluation is the product", "evaluation is the product")]
    public void A_title_that_makes_a_statement_states_the_page_s_headline_point(string title, string? point)
    {
        var page = OnePage.Extract($"Menu\n\n{title}\n\nOct 2, 2026\n\nThe notes follow here in plain prose, and nothing else.\n", "notes.md");

        Assert.Equal(point is null ? [] : [PageContextThesis(point)], Held(page, "Maria Okafor"));
    }

    private static string PageContextThesis(string point) => char.ToLowerInvariant(point[0]) + point[1..];

    [Theory]
    [InlineData("Maria Okafor joins the show to discuss shipping without long specs.")]
    [InlineData("Sep 14, 2026 · 45 min read")]
    [InlineData("Why does the team ship every week?")]
    public void A_line_under_the_title_that_describes_the_episode_or_dates_it_states_no_point(string line)
    {
        var page = OnePage.Extract($"Shipping Without Specs | Maria Okafor\n\n{line}\n\nThe rest of the notes follow here in prose.\n", "shipping-without-specs.md");

        Assert.Empty(page.Relationships(RelationshipTypes.Claims));
    }

    [Fact]
    public void A_saved_list_of_bullets_ends_at_the_next_line_of_text()
    {
        var page = OnePage.Extract("Shipping weekly | Maria Okafor\n\nIn this episode, we discuss:\n• Why evaluations belong in the build\n• How a small team ships every week\n• Why designers should commit code\nWhere to find Maria Okafor:\n• Her blog at example.org\n");

        Assert.Equal(["how a small team ships every week", "why designers should commit code", "why evaluations belong in the build"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_thread_s_numbered_posts_are_items_without_their_numbers()
    {
        var page = OnePage.Extract("Thread by @notes\nJust listened to the episode with Maria Okafor on evaluation. My takeaways:\n1/ Evaluations belong in the build, not in a quarterly review.\n2/ Weekly releases are safer than quarterly ones for agents.\n3/10 Most teams still test prompts by hand before a release.\n");

        Assert.Equal([
            "evaluations belong in the build, not in a quarterly review",
            "most teams still test prompts by hand before a release",
            "weekly releases are safer than quarterly ones for agents",
        ], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_saved_chapter_list_states_the_episode_s_points_without_their_times()
    {
        var page = OnePage.Extract("Shipping weekly | Maria Okafor\n\nIn this episode, we discuss:\n(02:10) How the team replaced manual QA with agents\n(11:45) Why the bottleneck moved from writing code to review\n(24:30) The hiring profile for an agent-first company\n");

        Assert.Equal([
            "how the team replaced manual QA with agents",
            "the hiring profile for an agent-first company",
            "why the bottleneck moved from writing code to review",
        ], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_lead_before_a_colon_that_states_something_is_the_point_not_a_label()
    {
        var page = OnePage.Extract("# Notes on a long interview\n\nGuest: Maria Okafor\n\n## Notes\n\n- Brightline's moat is its tooling more than its models: a decade of work nobody matched.\n- Hiring: the team looks for people who ship.\n- Evaluations: every release runs the full suite first.\n");

        Assert.Equal([
            "Brightline's moat is its tooling more than its models: a decade of work nobody matched",
            "every release runs the full suite first",
            "the team looks for people who ship",
        ], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Whole_sentence_lines_of_saved_text_are_points_and_attributed_quotes_are_held()
    {
        var page = OnePage.Extract(
            "In this episode, Maria Okafor explains why evaluation comes first.\n" +
            "Summarized by a reader\n" +
            "Evaluation suites should run on every commit of a model.\n" +
            "Most teams still test prompts by hand before a release.\n" +
            "Weekly releases are safer than quarterly ones for agents.\n" +
            "\"You cannot improve what you never measure. That is the whole job.\" — Maria Okafor\n" +
            "\"A release without an eval is a guess about the future.\" — Maria Okafor\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal([
            "A release without an eval is a guess about the future",
            "evaluation suites should run on every commit of a model",
            "most teams still test prompts by hand before a release",
            "weekly releases are safer than quarterly ones for agents",
            "you cannot improve what you never measure",
        ], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        var held = Assert.Single(page.Relationships(RelationshipTypes.Holds), r => page.NameOf(r.ToId) == "you cannot improve what you never measure");
        Assert.Equal("pull-quote", held.Properties["rule"]);
        Assert.Single(page.Relationships(RelationshipTypes.Supports), r => r.ToId == held.ToId);
    }

    [Fact]
    public void Markdown_written_one_sentence_per_line_keeps_its_paragraphs()
    {
        var page = OnePage.Extract(
            "# Notes on evaluation\n\nMaria Okafor is the guest.\n\n" +
            "Evaluation suites should run on every commit of a model.\n" +
            "Most teams still test prompts by hand before a release.\n" +
            "Weekly releases are safer than quarterly ones for agents.\n");

        Assert.Empty(page.Relationships(RelationshipTypes.Claims));
    }

    [Fact]
    public void Items_after_a_colon_are_parts_of_the_point_and_a_question_is_answered()
    {
        var page = OnePage.Extract(
            "# Notes\n\nGuest: Maria Okafor\n\n## Highlights\n\n" +
            "- Okafor compares the moment to the web in 1997:\n- exciting,\n- messy,\n- and still missing its products.\n" +
            "- What should a team do first? Write the evaluation before the prompt.\n" +
            "- Weekly releases beat quarterly plans.\n" +
            "- The real question is:\n- What is the task?\n- What is the job for?\n");

        Assert.Equal([
            "Okafor compares the moment to the web in 1997",
            "weekly releases beat quarterly plans",
            "what should a team do first? Write the evaluation before the prompt",
        ], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_named_view_and_a_view_with_its_cue_set_aside_are_held()
    {
        var page = OnePage.Extract("# A talk\n\nMaria Okafor joins Tomas Reyes for an hour on evaluation. Her core provocation: evaluation is as important as training, and nobody budgets for it. We are, she argues, in the early web of evals.\n");

        Assert.Equal("host", page.Roles["Tomas Reyes"]);
        Assert.Equal(["evaluation is as important as training", "we are in the early web of evals"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("## 5 takeaways from my chat with Maria")]
    [InlineData("## What I learned")]
    [InlineData("### Lessons from a year of agents")]
    [InlineData("Top 10 takeaways I learned from this episode")]
    public void A_heading_that_says_it_holds_points_is_a_points_section(string heading)
    {
        var page = OnePage.Extract($"# Notes\n\nGuest: Maria Okafor\n\n{heading}\n\n- Evaluations belong in the build.\n");

        Assert.Equal(["evaluations belong in the build"], Held(page, "Maria Okafor"));
    }

    [Fact]
    public void Points_of_a_page_with_several_voices_are_held_by_each_with_low_confidence()
    {
        var page = OnePage.Extract("# A panel\n\nGuests: Maria Okafor, Tomas Reyes\n\n## Key takeaways\n\n- Evaluations belong in the build.\n");

        var holds = page.Relationships(RelationshipTypes.Holds).ToList();
        Assert.Equal(["Maria Okafor", "Tomas Reyes"], holds.Select(r => page.NameOf(r.FromId)).Order(StringComparer.Ordinal));
        Assert.All(holds, r => Assert.Equal(("several-voices", 0.3), ((string)r.Properties["rule"]!, (double)r.Properties["confidence"]!)));
        Assert.Equal("takeaways", Assert.Single(page.Relationships(RelationshipTypes.Claims)).Properties["rule"]);
    }

    [Theory]
    [InlineData("# Tomas Reyes about evaluation\n\nAn interview between Tomas Reyes & Maria.\n\n## Key takeaways\n\n- Evaluations belong in the build.\n")]
    [InlineData("# Evaluation, with Tomas Reyes\n\nGuests: Maria Okafor, Tomas Reyes\n\n## Key takeaways\n\n- Evaluations belong in the build.\n")]
    public void Of_several_voices_the_one_the_title_names_holds_the_points(string markdown)
    {
        var page = OnePage.Extract(markdown);

        var held = Assert.Single(page.Relationships(RelationshipTypes.Holds));
        Assert.Equal("Tomas Reyes", page.NameOf(held.FromId));
        Assert.Equal("takeaways", held.Properties["rule"]);
    }

    [Fact]
    public void Argues_without_that_and_I_think_in_a_speakers_turn_are_held()
    {
        var page = OnePage.Extract(
            "# A talk\n\nGuest: Maria Okafor\n\nOkafor argues we crossed a threshold for coding agents last winter.\n\n" +
            "TOMAS REYES: What changed?\n\nMARIA OKAFOR: I think evaluation is the real product now. It took a while.\n\nTOMAS REYES: Why?\n");

        Assert.Equal(["evaluation is the real product now", "we crossed a threshold for coding agents last winter"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        Assert.Empty(Held(page, "Tomas Reyes"));
    }

    [Theory]
    [InlineData("Okafor argues that templates are a stopgap: once models write components, starter kits are dead weight.", "templates are a stopgap")]
    [InlineData("Maria thinks the winning products will sit where developers already work.", "the winning products will sit where developers already work")]
    [InlineData("According to Okafor, most teams test prompts by hand before a release.", "most teams test prompts by hand before a release")]
    public void A_view_ends_at_a_colon_and_thinks_takes_no_that_before_a_determiner(string sentence, string thesis)
    {
        var page = OnePage.Extract($"# A talk\n\nGuest: Maria Okafor\n\n{sentence}\n");

        Assert.Equal([thesis], Held(page, "Maria Okafor"));
    }

    [Theory]
    [InlineData("Core arguments")]
    [InlineData("Key themes")]
    [InlineData("Main findings")]
    public void Headings_under_a_heading_that_names_arguments_themes_or_findings_are_points(string heading)
    {
        var page = OnePage.Extract(
            $"# Notes: Maria Okafor on evaluation\n\nShe spoke for an hour.\n\n## {heading}\n\n### Evaluations belong in the build\nEvery team she trusts runs them on each commit.\n\n" +
            "### Weekly releases beat quarterly plans\nThe model changes too often for a quarter.\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal(["evaluations belong in the build", "weekly releases beat quarterly plans"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Headings_that_open_with_a_chapter_time_state_the_episode_s_points()
    {
        var page = OnePage.Extract(
            "# Maria Okafor on evaluation\n\n## Snips\n\n### [08:12] Evaluations belong in the build\nPlay snip\n\n#### Summary\nShe explains the setup at length.\n\n" +
            "### [31:05] Weekly releases beat quarterly plans\nPlay snip\n\n#### Summary\nThe team ships on Thursdays.\n");

        Assert.Equal(["evaluations belong in the build", "weekly releases beat quarterly plans"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        Assert.All(page.Relationships(RelationshipTypes.Holds), r => Assert.Equal("chapter-headings", r.Properties["rule"]));
    }

    [Fact]
    public void A_pull_quote_signed_on_the_line_below_is_its_signers()
    {
        var page = OnePage.Extract("# A profile\n\nMaria: Hello there, everyone.\n\n“We are living through the evaluation moment of the agent era.”\n\nMaria Okafor #491\n\nMaria: Thanks for coming.\n");

        Assert.Equal(["Maria Okafor"], page.Names(Labels.Person));
        Assert.Equal(["we are living through the evaluation moment of the agent era"], Held(page, "Maria Okafor"));
    }

    [Fact]
    public void Headings_under_a_points_heading_are_its_points_and_their_prose_explains_them()
    {
        var page = OnePage.Extract(
            "# Notes on a talk by Maria Okafor\n\n## Key takeaways\n\nHere is what stayed with me.\n\n" +
            "### 1. Evaluations belong in the build\n\nTeams that run them on every commit catch regressions early.\n\n" +
            "### Insight 2: Weekly releases beat quarterly plans\n\nShort cycles keep the model and the product honest.\n\n" +
            "### Hiring\n\n- Generalists adapt faster than specialists to new models.\n\n" +
            "### Background and context\n\nShe ran research at a lab before this.\n\n## Related\n\n- Another page\n");

        Assert.Equal("speaker", page.Roles["Maria Okafor"]);
        Assert.Equal([
            "evaluations belong in the build",
            "generalists adapt faster than specialists to new models",
            "weekly releases beat quarterly plans",
        ], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        var claim = Assert.Single(page.Relationships(RelationshipTypes.Claims), r => page.NameOf(r.ToId) == "evaluations belong in the build");
        Assert.Equal(7, claim.Provenance.Line);
    }

    [Fact]
    public void Numbered_statement_headings_are_a_page_s_points_and_lists_under_them_are_parts()
    {
        var page = OnePage.Extract(
            "# Five lessons from a year of agents\n\nInterview with Maria Okafor, recorded last spring.\n\n" +
            "## 1. Evaluations belong in the build\n\nShe runs them on every commit.\n\n- a suite per feature\n- a dashboard per team\n\n" +
            "## 2. Weekly releases beat quarterly plans\n\nShort cycles keep everyone honest.\n\n" +
            "## 3. Small teams ship better agents\n\nCoordination costs grow faster than output.\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal([
            "evaluations belong in the build",
            "small teams ship better agents",
            "weekly releases beat quarterly plans",
        ], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        Assert.All(page.Relationships(RelationshipTypes.Claims), r => Assert.Equal("numbered-headings", r.Properties["rule"]));
    }

    [Fact]
    public void Numbered_headings_that_name_topics_or_chapters_are_not_points()
    {
        var page = OnePage.Extract(
            "# Show notes\n\nInterview with Maria Okafor.\n\n## 1. Introduction\n\nHow she started.\n\n" +
            "## 2. Early career\n\nHer first lab.\n\n## 3. Open questions\n\nWhat comes next.\n\n## 5. The future of evaluation at large labs\n\nMore.\n");

        Assert.Empty(page.Relationships(RelationshipTypes.Claims));
    }

    [Fact]
    public void Paragraphs_that_open_on_a_bold_statement_are_points_but_bold_labels_are_not()
    {
        var page = OnePage.Extract(
            "# A year of agents\n\nMaria Okafor talked with us about a year of shipping agents.\n\n" +
            "**Review is the bottleneck.** Generated code piles up faster than anyone reads it.\n\n" +
            "**Context beats cleverness.** A model given the whole repository does better.\n\n" +
            "**Note:** this was recorded before the last release.\n\n" +
            "**Agents need guard rails.** One mistaken command can wipe a machine.\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal(["agents need guard rails", "context beats cleverness", "review is the bottleneck"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_bold_lead_that_states_is_the_point_and_a_bold_label_names_the_topic_of_the_sentence_after_it()
    {
        var page = OnePage.Extract(
            "# Notes on a talk by Maria Okafor\n\n## Key takeaways\n\n" +
            "- **Failure is a lesson, not a loss**: when a launch fails, the team ports what worked into the next one.\n" +
            "- **Speed doesn't matter; direction does**: a fast team that ships the wrong thing loses a quarter.\n" +
            "- **Hiring**: teams that hire for curiosity keep learning after the first year.\n");

        Assert.Equal([
            "failure is a lesson, not a loss",
            "speed doesn't matter; direction does",
            "teams that hire for curiosity keep learning after the first year",
        ], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Emoji_mark_items_in_a_run_but_one_alone_heads_its_line()
    {
        var page = OnePage.Extract(
            "🎙️ A year of agents with Maria Okafor\n\nMaria Okafor joins the show to talk about shipping agents.\n\n## 🔑 Key Takeaways\n\n" +
            "💡 Evaluations belong in the build, not in a spreadsheet.\n💡 Weekly releases beat quarterly plans for agent products.\n");

        Assert.EndsWith("A year of agents with Maria Okafor", page.Title);
        Assert.Equal(["evaluations belong in the build, not in a spreadsheet", "weekly releases beat quarterly plans for agent products"],
            Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Under_a_bare_points_line_a_bare_title_over_sentences_heads_a_point()
    {
        var page = OnePage.Extract(
            "Notes on a talk\nSpeaker: Maria Okafor\nKey insights\nEvaluations belong in the build\nTeams that run them on every commit catch regressions early.\n" +
            "Weekly releases beat quarterly plans\nShort cycles keep the model honest. They also keep the team honest.\n");

        Assert.Equal(["evaluations belong in the build", "weekly releases beat quarterly plans"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        Assert.All(page.Relationships(RelationshipTypes.Claims), r => Assert.Equal("heading-points", r.Properties["rule"]));
    }

    [Theory]
    [InlineData("Key insights", 2)]
    [InlineData("Summary", 0)]
    [InlineData("What I learned building agents", 0)]
    public void Paragraphs_under_a_stock_points_heading_state_one_point_each(string heading, int points)
    {
        var page = OnePage.Extract(
            $"# A year of agents\n\nGuest: Maria Okafor\n\n## {heading}\n\n" +
            "Evaluations belong in the build. Teams that skip them regress quietly.\n\nWeekly releases beat quarterly plans. The model changes too often.\n");

        Assert.Equal(points, Held(page, "Maria Okafor").Count);
    }

    [Fact]
    public void A_table_under_a_points_heading_states_a_point_a_row()
    {
        var page = OnePage.Extract(
            "# A year of agents\n\nGuest: Maria Okafor\n\n## Key insights\n\n| # | Insight | Why it matters |\n|---|---|---|\n" +
            "| 1 | Evaluations belong in the build | Regressions surface on the commit that caused them |\n" +
            "| 2 | Weekly releases beat quarterly plans | The model changes too often |\n\n" +
            "## Tools\n\n| Tool | Use |\n|---|---|\n| Loomwork | writing evaluation suites for agents |\n");

        Assert.Equal(["evaluations belong in the build", "weekly releases beat quarterly plans"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        var claim = Assert.Single(page.Relationships(RelationshipTypes.Claims), r => page.NameOf(r.ToId) == "weekly releases beat quarterly plans");
        Assert.Equal(10, claim.Provenance.Line);
    }

    [Fact]
    public void In_a_written_interview_each_answer_makes_a_point_of_the_one_answering_and_a_question_makes_none()
    {
        var page = OnePage.Extract(
            "# Interview: Maria Okafor on evaluation\n\n**Q: Why do evaluations matter?**\n\nA: Releases without them are guesses. Teams learn it late.\n\n" +
            "**Q: Where should they run?**\n\nA: In the build, on every commit.\n\nQ: Who should own them?\n\nA: The team that ships the feature owns its evaluations.\n");

        Assert.Equal(["in the build, on every commit", "releases without them are guesses", "the team that ships the feature owns its evaluations"],
            Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(page.Names(Labels.Thesis), t => t.Contains('?') || t.StartsWith("q:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Bold_questions_over_paragraphs_are_not_points()
    {
        var page = OnePage.Extract(
            "# Notes\n\nGuest: Maria Okafor\n\n**Why do evaluations matter so much?** Nobody agrees.\n\n**What do teams get wrong about them?** Most of it.\n\n" +
            "**Where should the evaluations run?** Somewhere.\n");

        Assert.Empty(Held(page, "Maria Okafor"));
    }

    [Fact]
    public void With_two_voices_he_or_she_is_the_person_the_paragraph_named_last_and_they_is_no_one()
    {
        var page = OnePage.Extract("# Two views on evals\n\nMaria Okafor and Jonas Berg discuss evals.\n\n## Notes\n\n" +
            "Berg spoke first. He argues that most agent failures are retrieval failures.\n\n" +
            "Okafor disagreed. She argues that evaluation debt is the bigger risk.\n\n" +
            "They argue that teams should write evals before prompts.\n");

        Assert.Equal(["most agent failures are retrieval failures"], Held(page, "Jonas Berg"));
        Assert.Equal(["evaluation debt is the bigger risk"], Held(page, "Maria Okafor"));
    }

    [Fact]
    public void A_quotation_signed_with_its_speaker_s_title_is_still_a_pull_quote_and_a_panel_names_its_panelists()
    {
        var page = OnePage.Extract("# Five quotes\n\nNotes from a panel with Maria Okafor and Jonas Berg.\n\n## Best lines\n\n" +
            "\"Evals are the product spec now.\" — Maria Okafor, CEO of Brightline\n\n" +
            "> \"If you can't replay it, you can't fix it.\"\n> — Jonas Berg, head of platform at Quarrydeck\n");

        Assert.Equal(["evals are the product spec now"], Held(page, "Maria Okafor"));
        Assert.Equal(["if you can't replay it, you can't fix it"], Held(page, "Jonas Berg"));
        Assert.Equal("speaker", page.Roles["Maria Okafor"]);
        Assert.Equal("speaker", page.Roles["Jonas Berg"]);
    }

    private static List<string> Held(OnePage page, string person) =>
        page.Relationships(RelationshipTypes.Holds).Where(r => page.NameOf(r.FromId) == person).Select(r => page.NameOf(r.ToId)).Distinct().ToList();

    [Fact]
    public void An_item_that_says_who_thinks_it_states_the_view_held_by_them_not_by_the_page_s_guest()
    {
        var page = OnePage.Extract("# Notes\n\nGuest: Maria Okafor\n\n## Notes\n\n- Tomas Reyes thinks the next year is about reliability.\n- Evaluations belong in the build, always.\n- Weekly releases beat quarterly plans.\n");

        Assert.Contains("the next year is about reliability", page.Names(Labels.Thesis));
        Assert.DoesNotContain("the next year is about reliability", Held(page, "Maria Okafor"));
        Assert.Equal(["the next year is about reliability"], Held(page, "Tomas Reyes"));
    }

    [Fact]
    public void Making_the_case_that_states_a_view()
    {
        var page = OnePage.Extract("# Notes\n\nGuest: Maria Okafor\n\nShe makes the case that boring automation pays back sooner.\n");

        Assert.Equal(["boring automation pays back sooner"], Held(page, "Maria Okafor"));
    }

    [Fact]
    public void Headings_that_state_claims_in_a_run_are_the_page_s_points_and_headings_that_ask_are_not()
    {
        var claims = OnePage.Extract(
            "# Notes on a talk\n\nGuest: Maria Okafor\n\n## Interfaces should show the model's uncertainty\n\nText.\n\n## Chat is a bad default\n\nText.\n\n" +
            "## Designers need to prototype with the real model\n\nText.\n");
        var topics = OnePage.Extract(
            "# Notes on a talk\n\nGuest: Maria Okafor\n\n## What is missing from design tools\n\nText.\n\n## Why chat is a bad default\n\nText.\n\n" +
            "## Where we are headed next year\n\nText.\n");

        Assert.Equal(["chat is a bad default", "designers need to prototype with the real model", "interfaces should show the model's uncertainty"],
            Held(claims, "Maria Okafor").Order(StringComparer.Ordinal));
        Assert.Empty(Held(topics, "Maria Okafor"));
    }

    [Fact]
    public void A_line_labelled_as_a_point_is_one_wherever_it_stands()
    {
        var page = OnePage.Extract(
            "# Notes\n\nGuest: Maria Okafor\n\nShe walked through pricing.\n\nKey insight: inference costs fall tenfold each year.\n\nThen open models.\n\nTakeaway: owning the customer matters more than the weights.\n");

        Assert.Equal(["inference costs fall tenfold each year", "owning the customer matters more than the weights"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_point_led_by_its_speaker_s_name_is_held_by_that_speaker_alone()
    {
        var page = OnePage.Extract(
            "# Panel on prompting\n\nModerated by Tomas Reyes with panelists Maria Okafor and Priya Raman.\n\n## Who said what\n\n" +
            "- **Maria Okafor:** Prompting is becoming ordinary software work.\n- **Priya Raman:** Most prompt tricks stop working with each release.\n" +
            "- **Maria Okafor:** The durable skill is writing evaluations.\n");

        Assert.Equal(["prompting is becoming ordinary software work", "the durable skill is writing evaluations"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        Assert.Equal(["most prompt tricks stop working with each release"], Held(page, "Priya Raman"));
    }

    [Fact]
    public void Paragraphs_counted_off_are_points_without_their_ordinal()
    {
        var page = OnePage.Extract(
            "# Notes\n\nGuest: Maria Okafor\n\nFirst, answer engines will replace most lookups.\n\nSecond, ads inside answers will earn less.\n\n" +
            "Finally, publishers who license early will get better terms.\n");

        Assert.Equal(["ads inside answers will earn less", "answer engines will replace most lookups", "publishers who license early will get better terms"],
            Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_highlight_of_a_statement_s_length_is_a_point_and_a_callout_s_title_labels_its_text()
    {
        var page = OnePage.Extract(
            "# Compute is the new oil\n\nGuest: Maria Okafor\n\n> [!tip] Key idea\n> Whoever controls compute controls which models get trained.\n\n" +
            "My notes. ==Energy will be the binding constraint by 2028.== Also ==chips== and `==x==`.\n");

        Assert.Equal(["energy will be the binding constraint by 2028", "whoever controls compute controls which models get trained"],
            Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        var highlight = Assert.Single(page.Relationships(RelationshipTypes.Claims), r => page.NameOf(r.ToId).StartsWith("energy", StringComparison.Ordinal));
        Assert.Equal(8, highlight.Provenance.Line);
        Assert.DoesNotContain(page.Names(Labels.Thesis), t => t.Contains("==", StringComparison.Ordinal) || t.Contains("[!", StringComparison.Ordinal));
    }

    [Fact]
    public void Short_statements_under_a_heading_that_names_points_are_points_and_captions_are_not()
    {
        var stated = OnePage.Extract(
            "# Notes\n\nGuest: Maria Okafor\n\nThree big ideas from the conversation:\n\nJunior hiring will shrink before it grows.\n\nInterviews should test judgment, not syntax.\n");
        var captions = OnePage.Extract(
            "# Notes\n\nGuest: Maria Okafor\n\n## The big ideas\n\nEpisode 491\n\nWhat is an agent?\n\n180K stars on day one\n");

        Assert.Equal(["interviews should test judgment, not syntax", "junior hiring will shrink before it grows"], Held(stated, "Maria Okafor").Order(StringComparer.Ordinal));
        Assert.Empty(Held(captions, "Maria Okafor"));
    }

    [Fact]
    public void An_item_s_emoji_and_chapter_time_decorate_it_and_a_point_signed_by_a_named_person_is_theirs()
    {
        var page = OnePage.Extract(
            "# Roundtable\n\nGuests: Maria Okafor, Tomas Reyes\n\n## Key points\n\n- 💡 [00:12] World models will matter more than language models.\n" +
            "- \"Open weights are a safety feature.\" — Maria Okafor\n- Compute is now the bottleneck for open labs (Reyes).\n");

        Assert.Contains("world models will matter more than language models", page.Names(Labels.Thesis));
        Assert.Contains("open weights are a safety feature", Held(page, "Maria Okafor"));
        Assert.DoesNotContain("open weights are a safety feature", Held(page, "Tomas Reyes"));
        Assert.Contains(Held(page, "Tomas Reyes"), t => t.EndsWith("the bottleneck for open labs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_transcript_s_answers_are_talk_but_an_announced_lesson_is_the_speaker_s_point()
    {
        var page = OnePage.Extract(
            "# Transcript: evals\n\n**Tomas Reyes:** What do teams get wrong?\n\n**Maria Okafor:** Yeah, so it varies a lot.\n\n" +
            "**Tomas Reyes:** What should they do?\n\n**Maria Okafor:** Start small. The real lesson here is that evals are a product, not a test suite.\n\n" +
            "**Tomas Reyes:** Anything else?\n\n**Maria Okafor:** Not really.\n");

        Assert.Equal(["evals are a product, not a test suite"], Held(page, "Maria Okafor"));
        Assert.Empty(Held(page, "Tomas Reyes"));
    }

    [Fact]
    public void An_outliner_s_page_properties_and_heading_items_read_as_a_title_labels_and_sections()
    {
        var page = OnePage.Extract(
            "- title:: Reliability first\n- guest:: [[Maria Okafor]]\n- Key takeaways\n\t- Agents fail on permissions before reasoning.\n" +
            "\t- Every agent needs a log a human can read.\n- Tools\n\t- [[Loomwork]]\n", "outline.md");

        Assert.Equal("Reliability first", page.Title);
        Assert.Equal(["agents fail on permissions before reasoning", "every agent needs a log a human can read"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        Assert.Equal(["Loomwork"], page.Names(Labels.Tool));
    }

    [Fact]
    public void A_panel_s_moderator_and_panelists_take_part_and_a_first_name_label_names_one_of_them()
    {
        var page = OnePage.Extract(
            "# Panel on prompting\n\nModerated by Tomas Reyes with panelists Maria Okafor and Priya Raman.\n\n## Who said what\n\n" +
            "- **Maria:** Prompting is becoming ordinary software work.\n- **Raman:** Most prompt tricks stop working with each release.\n" +
            "- **Tomas Reyes:** Nobody here has a prompt engineer title anymore.\n");

        Assert.Equal("host", page.Roles["Tomas Reyes"]);
        Assert.Equal("speaker", page.Roles["Maria Okafor"]);
        Assert.Equal(["prompting is becoming ordinary software work"], Held(page, "Maria Okafor"));
        Assert.Equal(["most prompt tricks stop working with each release"], Held(page, "Priya Raman"));
    }

    [Fact]
    public void A_point_whose_topic_is_a_person_on_something_is_that_person_s()
    {
        var page = OnePage.Extract(
            "# Roundtable\n\nGuests: Maria Okafor, Tomas Reyes\n\n## Key points\n\n- Okafor on agents: they fail on permissions before reasoning.\n" +
            "- Tomas Reyes on retries: retries hide bugs instead of fixing them.\n");

        Assert.Equal(["they fail on permissions before reasoning"], Held(page, "Maria Okafor"));
        Assert.Equal(["retries hide bugs instead of fixing them"], Held(page, "Tomas Reyes"));
    }

    [Theory]
    [InlineData("Over an hour they work through where evaluation budgets actually go (hint: not to training), why small teams ship faster than big ones, and what weekly releases do to planning.",
        "what weekly releases do to planning|where evaluation budgets actually go (hint: not to training)|why small teams ship faster than big ones")]
    [InlineData("They explore the hidden cost of evaluation, the case for weekly releases and the limits of long specs.",
        "the case for weekly releases|the hidden cost of evaluation|the limits of long specs")]
    [InlineData("Highlights include measuring every release, choosing prototypes over documents, and designers committing code directly.",
        "choosing prototypes over documents|designers committing code directly|measuring every release")]
    [InlineData("In this talk she shares several views: why long specs are \"theatre,\" why \"shipping daily\" is a vanity metric, and why designers should commit code.",
        "why \"shipping daily\" is a vanity metric|why designers should commit code|why long specs are \"theatre\"")]
    public void A_sentence_listing_what_the_episode_covers_states_its_topics(string sentence, string topics)
    {
        var page = OnePage.Extract($"# Shipping weekly\n\nGuest: Maria Okafor\n\n{sentence}\n");

        Assert.Equal(topics.Split('|'), Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        Assert.All(page.Relationships(RelationshipTypes.Claims), claim => Assert.Equal("topic-sentence", claim.Properties["rule"]));
    }

    [Theory]
    [InlineData("They discuss safety, alignment, and evaluation.")] // items of a word each name no topic
    [InlineData("He argues against hype about jobs, emphasizing how automation creates work, and explores where value will accrue.")]
    [InlineData("They explore where value will accrue, suggesting model makers may lack pricing power.")]
    public void A_sentence_that_is_not_a_list_of_topics_states_none(string sentence)
    {
        var page = OnePage.Extract($"# Shipping weekly\n\nGuest: Maria Okafor\n\n{sentence}\n");

        Assert.DoesNotContain(page.Relationships(RelationshipTypes.Claims), claim => (string?)claim.Properties["rule"] == "topic-sentence");
    }

    [Fact]
    public void A_list_a_discussion_line_introduces_lists_topics_even_beside_takeaways()
    {
        var page = OnePage.Extract(
            "# Shipping weekly\n\nGuest: Maria Okafor\n\nMaria and I talked about:\n\n- (00:00) How the team plans a week\n- (05:10) Why designers commit code\n\n" +
            "## Key takeaways\n\n- Weekly releases beat quarterly plans.\n");

        Assert.Equal(["how the team plans a week", "weekly releases beat quarterly plans", "why designers commit code"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        var topic = Assert.Single(page.Relationships(RelationshipTypes.Claims), r => page.NameOf(r.ToId) == "how the team plans a week");
        Assert.Equal("topic-list", topic.Properties["rule"]);
        Assert.Equal(7, topic.Provenance.Line);
    }

    [Fact]
    public void Points_numbered_inside_a_labelled_paragraph_are_separate_points()
    {
        var page = OnePage.Extract("Evaluation first | The Build Room\n\nGuest: Maria Okafor\n\nKey takeaways: 1) Evaluations belong in the build. 2) Weekly releases beat quarterly plans. 3) Designers should commit code. Thanks for 5. Listening.\n");

        Assert.Equal(["designers should commit code", "evaluations belong in the build", "weekly releases beat quarterly plans"],
            Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("## What stood out to me\n\n- Evaluations belong in the build.\n- Weekly releases beat quarterly plans.\n")]
    [InlineData("## The gist\n\n- Evaluations belong in the build.\n- Weekly releases beat quarterly plans.\n")]
    [InlineData("**In a nutshell:** evaluations belong in the build.\n\n**In short:** weekly releases beat quarterly plans.\n")]
    public void A_heading_or_label_that_says_what_stood_out_or_the_gist_heads_points(string points)
    {
        var page = OnePage.Extract($"# Shipping weekly\n\nGuest: Maria Okafor\n\n{points}");

        Assert.Equal(["evaluations belong in the build", "weekly releases beat quarterly plans"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Paragraphs_a_post_opens_with_the_same_emoji_are_points_of_the_one_it_learned_them_from()
    {
        var page = OnePage.Extract(
            "Tomas Reyes • Founder at Brightline\n\n5 things I took away from Maria Okafor on The Build Room podcast:\n\n" +
            "👉 Evaluations belong in the build, not after it.\n\n👉 Weekly releases beat quarterly plans every time.\n\n👉 Designers should commit code themselves.\n\nWhat would you add?\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal(["designers should commit code themselves", "evaluations belong in the build, not after it", "weekly releases beat quarterly plans every time"],
            Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        Assert.All(page.Relationships(RelationshipTypes.Holds), holds => Assert.Equal("emoji-points", holds.Properties["rule"]));
    }

    [Theory]
    [InlineData("**1. Evaluations belong in the build**\n\nHer team runs them on every merge.\n\n**2. Weekly releases beat quarterly plans**\n\nPlans go stale.\n\n**3. Designers should commit code**\n\nIt shortens the loop.\n")]
    [InlineData("## Lesson 1: Evaluations belong in the build\n\nHer team runs them on every merge.\n\n## Lesson 2: Weekly releases beat quarterly plans\n\nPlans go stale.\n\n## Lesson 3: Designers should commit code\n\nIt shortens the loop.\n")]
    public void Numbered_bold_lines_and_numbered_lessons_head_the_points_they_state(string sections)
    {
        var page = OnePage.Extract($"# Shipping weekly\n\nGuest: Maria Okafor\n\n{sections}");

        Assert.Equal(["designers should commit code", "evaluations belong in the build", "weekly releases beat quarterly plans"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Numbered_chapters_of_a_story_state_no_points()
    {
        var page = OnePage.Extract(
            "# Shipping weekly\n\nGuest: Maria Okafor\n\n## Chapter 1: The early days at the lab\n\nShe joined in 2019.\n\n" +
            "## Chapter 2: The move to weekly releases\n\nPlans went stale.\n\n## Chapter 3: What the team ships now\n\nIt shortens the loop.\n");

        Assert.Empty(Held(page, "Maria Okafor"));
    }

    [Fact]
    public void Unsigned_blockquotes_under_a_quotes_heading_are_the_single_voice_s()
    {
        var page = OnePage.Extract(
            "# Shipping weekly\n\nGuest: Maria Okafor\n\n## Notable quotes\n\n> Evaluations belong in the build, not after it.\n\n> “Weekly releases beat quarterly plans every time.”\n");

        Assert.Equal(["evaluations belong in the build, not after it", "weekly releases beat quarterly plans every time"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        Assert.Equal(2, page.Relationships(RelationshipTypes.Said).Count());
    }

    [Fact]
    public void Unsigned_quotes_on_a_page_with_two_voices_are_nobody_s()
    {
        var page = OnePage.Extract("# Shipping weekly\n\nGuests: Maria Okafor, Tomas Reyes\n\n## Quotes\n\n> Evaluations belong in the build, not after it.\n");

        Assert.Empty(page.Relationships(RelationshipTypes.Said));
    }

    [Fact]
    public void Chapter_lines_under_a_discussion_heading_list_topics_in_markdown_too()
    {
        var page = OnePage.Extract(
            "# Shipping weekly\n\nGuest: Maria Okafor\n\n## In this episode, we cover\n\n(00:00) Maria's background\n(04:10) Why evaluations belong in the build\n(12:30) Weekly releases versus quarterly plans\n");

        Assert.Equal(["weekly releases versus quarterly plans", "why evaluations belong in the build"], Held(page, "Maria Okafor").Order(StringComparer.Ordinal));
        var topic = Assert.Single(page.Relationships(RelationshipTypes.Claims), r => page.NameOf(r.ToId) == "why evaluations belong in the build");
        Assert.Equal(8, topic.Provenance.Line);
    }
}
