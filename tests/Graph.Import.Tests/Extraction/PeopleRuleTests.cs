using Graph.Core.Model;
using Graph.Import.Tests.Support;

namespace Graph.Import.Tests.Extraction;

/// <summary>People found with no vocabulary, from how pages name them, resolved within the page.</summary>
public sealed class PeopleRuleTests
{
    [Fact]
    public void Labelled_lines_give_guests_and_hosts_and_where_they_work()
    {
        var page = OnePage.Extract("Notes on a long interview\n\nGuest: Maria Okafor, Co-founder & CEO of Brightline Host: Tomas Reyes | Duration: 2 hours\n\nThe talk covers evaluation.\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal("host", page.Roles["Tomas Reyes"]);
        var works = Assert.Single(page.Relationships(RelationshipTypes.WorksAt));
        Assert.Equal("organization:brightline", works.ToId);
        Assert.Equal("Co-founder & CEO", works.Properties["role"]);
        Assert.Equal("labelled-line", works.Properties["rule"]);
    }

    [Fact]
    public void Role_badges_run_into_names_are_read_apart()
    {
        var page = OnePage.Extract("Episode page\n\nMaria OkaforguestTomas Reyeshost\n\nThe episode covers evaluation at length.\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal("host", page.Roles["Tomas Reyes"]);
        Assert.DoesNotContain(page.Names(Labels.Tool), n => n.Contains("guest", StringComparison.Ordinal));
    }

    [Fact]
    public void Transcript_speaker_labels_are_speakers_and_a_lone_first_name_joins_the_full_name()
    {
        var page = OnePage.Extract("Transcript of a conversation\n\nMARIA OKAFOR: We ship every week now.\n\nTOMAS REYES: Why weekly?\n\nMARIA OKAFOR: Because the model changes under us.\n\nLater Maria said the same in a post.\n");

        Assert.Equal("speaker", page.Roles["Maria Okafor"]);
        Assert.Equal("speaker", page.Roles["Tomas Reyes"]);
        Assert.Equal(["Maria Okafor", "Tomas Reyes"], page.Names(Labels.Person).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("[00:00:05] Maria Okafor: Welcome back.\n\n[00:00:12] Tomas Reyes: I think evaluation is the real product now.\n\n[00:01:40] Maria Okafor: Why?\n\n[00:01:44] Tomas Reyes: Because the tests are what stay.\n")]
    [InlineData("00:05 - Maria Okafor: Welcome back.\n\n00:12 - Tomas Reyes: I think evaluation is the real product now.\n\n01:40 - Maria Okafor: Why?\n\n01:44 - Tomas Reyes: Because the tests are what stay.\n")]
    [InlineData("Maria Okafor  0:05\nWelcome back.\n\nTomas Reyes  0:12\nI think evaluation is the real product now.\n\nMaria Okafor  1:40\nWhy?\n\nTomas Reyes  1:44\nBecause the tests are what stay.\n")]
    public void Transcripts_that_time_their_turns_before_or_over_the_speaker_name_them(string turns)
    {
        var page = OnePage.Extract("# A conversation about evaluation\n\n" + turns);

        Assert.Equal("speaker", page.Roles["Maria Okafor"]);
        Assert.Equal("speaker", page.Roles["Tomas Reyes"]);
        Assert.Equal(["evaluation is the real product now"], page.Relationships(RelationshipTypes.Holds).Where(r => page.NameOf(r.FromId) == "Tomas Reyes").Select(r => page.NameOf(r.ToId)));
    }

    [Fact]
    public void A_heading_that_names_a_role_gives_it_to_the_names_under_it()
    {
        var page = OnePage.Extract(
            "# Evaluation at scale\n\nA long conversation about evaluation suites and release cadence.\n\n" +
            "## Guests\n\n- Maria Okafor, CEO of Brightline\n- Tomas Reyes — evaluation lead at Quarry\n\n## About the host\n\nAna Lindqvist writes a newsletter on evaluation.\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal("guest", page.Roles["Tomas Reyes"]);
        Assert.Equal("host", page.Roles["Ana Lindqvist"]);
        Assert.Contains(page.Relationships(RelationshipTypes.WorksAt), r => r.ToId == "organization:brightline" && Equals(r.Properties["role"], "CEO"));
    }

    [Fact]
    public void Names_under_a_people_heading_or_in_an_about_heading_are_people_only_mentioned()
    {
        var page = OnePage.Extract(
            "# Evaluation at scale\n\nGuest: Maria Okafor\n\n## About Tomas Reyes\n\nHe built the first harness.\n\n" +
            "## People mentioned\n\n- Ana Lindqvist, who wrote the essay\n- Piotr Zielinski\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal(["Ana Lindqvist", "Maria Okafor", "Piotr Zielinski", "Tomas Reyes"], page.Names(Labels.Person).Order(StringComparer.Ordinal));
        Assert.Equal(["Maria Okafor"], page.Roles.Keys);
    }

    [Fact]
    public void A_title_written_before_a_name_is_not_part_of_it()
    {
        var page = OnePage.Extract("# Evaluation at scale\n\nAna Lindqvist talks to Brightline CEO Maria Okafor about release cadence, and investor Tomas Reyes adds a note on funding.\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal("host", page.Roles["Ana Lindqvist"]);
        Assert.Equal(["Ana Lindqvist", "Maria Okafor", "Tomas Reyes"], page.Names(Labels.Person).Order(StringComparer.Ordinal));
        var works = Assert.Single(page.Relationships(RelationshipTypes.WorksAt));
        Assert.Equal("organization:brightline", works.ToId);
    }

    [Theory]
    [InlineData("Maria Okafor and Tomas Reyes discuss how evaluation suites are built.", "Maria Okafor=speaker", "Tomas Reyes=speaker")]
    [InlineData("Maria Okafor reflects on the end of the exponential and what comes after it.", "Maria Okafor=guest")]
    [InlineData("This episode features Maria Okafor, who runs evaluation at a large lab.", "Maria Okafor=guest")]
    [InlineData("Maria Okafor is interviewed by Tomas Reyes about evaluation suites.", "Maria Okafor=guest", "Tomas Reyes=host")]
    [InlineData("On this episode, Tomas Reyes is joined by Maria Okafor to talk about evaluation.", "Maria Okafor=guest", "Tomas Reyes=host")]
    [InlineData("Maria Okafor returns to the show to talk about evaluation suites again.", "Maria Okafor=guest")]
    [InlineData("Maria Okafor stops by to explain why evaluation suites matter so much.", "Maria Okafor=guest")]
    [InlineData("Tomas Reyes hosts Maria Okafor for a long talk about evaluation suites.", "Maria Okafor=guest", "Tomas Reyes=host")]
    [InlineData("We hear from Maria Okafor about how her team builds evaluation suites.", "Maria Okafor=guest")]
    public void An_episode_s_description_says_who_takes_part(string sentence, params string[] roles)
    {
        var page = OnePage.Extract($"# Episode notes\n\n{sentence}\n\nThe rest of the page talks about evaluation suites for a while.\n");

        Assert.Equal(roles.Order(StringComparer.Ordinal), page.Roles.Select(r => $"{r.Key}={r.Value}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_chapter_list_with_times_names_nobody()
    {
        var page = OnePage.Extract("# Show notes\n\n[00:00] Early Days: how the lab started\n\n[05:20] Open Models: why weights matter\n\n[12:00] Hiring Well: small teams\n");

        Assert.Empty(page.Names(Labels.Person));
    }

    [Fact]
    public void A_handle_names_a_person_only_mentioned_and_the_writer_s_guest_takes_part()
    {
        var page = OnePage.Extract("# Notes on evaluation\n\nWe spoke to Tomas Reyes about his work, and he pointed us to a thread by Maria Okafor (@mokafor) on release cadence.\n");

        Assert.Equal("guest", page.Roles["Tomas Reyes"]);
        Assert.DoesNotContain("Maria Okafor", page.Roles.Keys);
        Assert.Contains("Maria Okafor", page.Names(Labels.Person));
    }

    [Theory]
    [InlineData("Maria Okafor: Why evaluation is the new spec", "Maria Okafor")]
    [InlineData("Why evaluation is the new spec | Maria Okafor", "Maria Okafor")]
    [InlineData("Why evaluation is the new spec with Maria Okafor", "Maria Okafor")]
    [InlineData("Interview with Maria Okafor on evaluation", "Maria Okafor")]
    [InlineData("Five lessons from Maria Okafor about evaluation", "Maria Okafor")]
    [InlineData("Maria Okafor about evaluation and releases", "Maria Okafor")]
    [InlineData("Why evaluation is the new spec (feat. Maria Okafor)", "Maria Okafor")]
    [InlineData("Maria Okafor Interview: why evaluation is the new spec", "Maria Okafor")]
    [InlineData("Notes: Maria Okafor on why evaluation is the new spec", "Maria Okafor")]
    public void A_title_naming_a_person_makes_them_the_guest(string title, string person)
    {
        var page = OnePage.Extract($"{title}\n\nThe page goes on about evaluation for a while, as pages do.\n");

        Assert.Equal("guest", page.Roles[person]);
    }

    [Theory]
    [InlineData("# Evaluation first\n\nNotes from a keynote by Maria Okafor at a developer conference.\n", "speaker")]
    [InlineData("# A Talk by Maria Okafor\n\nThe page goes on about evaluation for a while, as pages do.\n", "speaker")]
    [InlineData("# Evaluation first\n\nLast week Maria Okafor joined us to talk about evaluation suites.\n", "guest")]
    [InlineData("# Evaluation first\n\nMaria Okafor spoke with me about evaluation suites and releases.\n", "guest")]
    public void Who_gave_the_talk_or_spoke_to_the_writer_takes_part(string text, string role)
    {
        var page = OnePage.Extract(text);

        Assert.Equal(role, page.Roles["Maria Okafor"]);
    }

    [Fact]
    public void Prose_cues_find_guests_and_a_first_name_lexicon_finds_people_only_mentioned()
    {
        var page = OnePage.Extract("Episode notes\n\nThis week the host sits down with Maria Okafor to talk about evaluation. She credits Robert Lindqvist for the idea, and his North Star was always users.\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.DoesNotContain("Robert Lindqvist", page.Roles.Keys);
        var mention = Assert.Single(page.Relationships(RelationshipTypes.Mentions), r => r.ToLabel == Labels.Person);
        Assert.Equal("Robert Lindqvist", page.NameOf(mention.ToId));
        Assert.DoesNotContain("North Star", page.Names(Labels.Person));
    }

    [Fact]
    public void The_first_name_lexicon_holds_names_from_languages_other_than_English()
    {
        var page = OnePage.Extract("Episode notes\n\nThe idea came from Thijs Novak and Rohan Mehta, who tested it for a year while the host ran the numbers.\n");

        Assert.Equal(["Rohan Mehta", "Thijs Novak"], page.Names(Labels.Person).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Thijs Novak is the co-founder and CEO of Brightline, and he spoke for an hour.", "Thijs Novak", null)]
    [InlineData("Last spring Thijs Novak gave a short talk on evaluation at a meetup.", "Thijs Novak", "speaker")]
    [InlineData("Where to find Thijs Novak:", "Thijs Novak", "guest")]
    public void Prose_that_says_who_someone_is_or_what_they_did_names_them(string sentence, string person, string? role)
    {
        var page = OnePage.Extract($"Episode notes\n\n{sentence}\n\nThe rest is about evaluation.\n");

        Assert.Contains(person, page.Names(Labels.Person));
        Assert.Equal(role, page.Roles.GetValueOrDefault(person));
    }

    [Fact]
    public void A_title_naming_whose_talk_the_writer_learned_from_names_its_speaker_without_the_possessive()
    {
        var page = OnePage.Extract("What I Learned From Ilya Sutskever's Talk on Pretraining\n\nHere are my notes on what Ilya Sutskever said.\n");

        Assert.Equal(["Ilya Sutskever"], page.Names(Labels.Person));
        Assert.Equal("guest", page.Roles["Ilya Sutskever"]);
    }

    [Fact]
    public void A_transcript_speaker_the_title_names_is_its_guest()
    {
        var page = OnePage.Extract("Maria Okafor on evaluation\n\nTranscript\n\nTomas Reyes: Where do evaluations belong?\nMaria Okafor: In the build, always.\nTomas Reyes: Why?\nMaria Okafor: Because a release without one is a guess.\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal("speaker", page.Roles["Tomas Reyes"]);
    }

    [Theory]
    [InlineData("Shipping weekly\nThijs Novak\nOct 2, 2026\n\nThe post follows.\n", "author")]
    [InlineData("Shipping weekly\nThijs Novak\nTechnology\n\nThe post follows.\n", null)]
    public void A_name_alone_beside_the_date_in_a_page_s_header_is_its_writer(string text, string? role)
    {
        var page = OnePage.Extract(text);

        Assert.Equal(role, page.Roles.GetValueOrDefault("Thijs Novak"));
    }

    [Fact]
    public void A_handle_before_names_on_a_labelled_line_does_not_hide_them()
    {
        var page = OnePage.Extract("# Episode notes\n\n- Owner / Host: swyx & Maria Okafor\n- Show: A Podcast\n\nThe talk covers evaluation.\n");

        Assert.Equal("host", page.Roles["Maria Okafor"]);
    }

    [Fact]
    public void A_sentence_naming_several_people_still_reads_as_prose_and_company_shaped_names_are_no_one()
    {
        var page = OnePage.Extract("# A roundup\n\n1. **Hard Fork** — Kevin Novak and Casey Lindqvist test the new browser from Grace Labs and are not impressed.\n");

        Assert.Equal(["Casey Lindqvist", "Kevin Novak"], page.Names(Labels.Person).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_the_page_then_uses_alone_for_the_one_speaking_is_a_person_without_the_lexicon()
    {
        var page = OnePage.Extract("# Notes on a talk\n\nThe talk was given to a small room by Zorvath Quenby last year.\n\nLater in the evening Quenby said the data was running out.\n\nThe room went quiet at Brightline Labs.\n");

        Assert.Equal(["Zorvath Quenby"], page.Names(Labels.Person));
    }

    [Fact]
    public void A_surname_with_an_inner_capital_is_still_a_surname()
    {
        var page = OnePage.Extract("# Notes\n\nI think he is right, though Yann LeCun would disagree on the timeline entirely.\n");

        Assert.Equal(["Yann LeCun"], page.Names(Labels.Person));
    }

    [Fact]
    public void A_heading_labels_a_name_as_a_line_does_and_hosted_by_names_the_host()
    {
        var page = OnePage.Extract("# Evaluation at scale\n\n## Guest: Thijs Novak\n\nHe talked for an hour.\n\n## Hosted by Priya Raman\n\nShe asked good questions.\n");

        Assert.Equal("guest", page.Roles["Thijs Novak"]);
        Assert.Equal("host", page.Roles["Priya Raman"]);
    }

    [Fact]
    public void A_name_in_the_title_the_page_then_uses_alone_for_the_one_speaking_is_a_person_without_the_lexicon()
    {
        var page = OnePage.Extract("# Notes: Hyun-woo Park on schools\n\nEpisode of Teaching Tomorrow, hosted by Zorvath Quenby.\n\nPark asks students to hand in their chats.\n");

        Assert.Equal("guest", page.Roles["Hyun-woo Park"]);
        Assert.Equal("host", page.Roles["Zorvath Quenby"]);
    }

    [Fact]
    public void A_title_may_open_with_the_recording_s_kind_and_what_an_episode_is_of_is_a_show_not_a_person()
    {
        var page = OnePage.Extract("# Interview: Maria Okafor on evaluation\n\nIn this episode of Dev Futures, host Tomas Reyes talks with her.\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal("host", page.Roles["Tomas Reyes"]);
        Assert.DoesNotContain("Dev Futures", page.Names(Labels.Person));
    }

    [Fact]
    public void A_person_named_in_full_hosts_the_show_named_after_them_and_a_show_alone_names_no_one()
    {
        var page = OnePage.Extract("Maria Okafor on evaluation\n\nThe Tomas Reyes Podcast, episode 12\n\nTomas Reyes: Where do evaluations belong?\nMaria Okafor: In the build.\nTomas Reyes: Why?\nMaria Okafor: A release without one is a guess.\n\nFirst aired on Priya's Podcast.\n");

        Assert.Equal("host", page.Roles["Tomas Reyes"]);
        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.DoesNotContain(page.Names(Labels.Person), n => n.StartsWith("Priya", StringComparison.Ordinal));
    }

    [Fact]
    public void The_person_a_saved_page_s_address_names_is_the_one_it_is_about()
    {
        var page = OnePage.Extract("<!-- url: https://notes.example/v/maria-okafor-why-evaluation-comes-first -->\nWhy evaluation comes first\n\nThe notes mention Maria Okafor and Tomas Reyes, who both care about evaluation a great deal.\n");

        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.DoesNotContain("Tomas Reyes", page.Roles.Keys);
    }

    [Fact]
    public void A_label_alone_on_its_line_names_the_person_on_the_next()
    {
        var page = OnePage.Extract("The Scaling Debate\nGuest\nZorvath Quenby\nHost\nTomas Reyes\nEpisode summary\nZorvath Quenby is a research scientist at Brightline and says scaling alone will not do.\n");

        Assert.Equal("guest", page.Roles["Zorvath Quenby"]);
        Assert.Equal("host", page.Roles["Tomas Reyes"]);
        var works = Assert.Single(page.Relationships(RelationshipTypes.WorksAt));
        Assert.Equal("research scientist", works.Properties["role"]);
    }

    [Fact]
    public void Front_matter_keys_named_for_a_part_give_it_and_one_in_another_shape_is_ignored()
    {
        var page = OnePage.Extract("---\ntitle: Evaluation at scale\npodcast: The Build\nhosts: [Tomas Reyes, Priya Raman]\nguests:\n  - Maria Okafor\nauthor:\n  url: https://example.org\n---\n\nNotes follow.\n");

        Assert.Equal("host", page.Roles["Tomas Reyes"]);
        Assert.Equal("host", page.Roles["Priya Raman"]);
        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        Assert.Equal(["The Build"], page.Names(Labels.Show));
    }

    [Fact]
    public void Label_words_products_and_companies_never_become_people()
    {
        var page = OnePage.Extract("Episode notes\n\nQuote: the best spec is a test.\n\nQuote: ship weekly.\n\nMaria Okafor uses Claude Code at Anthropic every day, she says.\n");

        Assert.Equal(["Maria Okafor"], page.Names(Labels.Person));
        Assert.Contains("Claude Code", page.Names(Labels.Tool));
        Assert.Contains("Anthropic", page.Names(Labels.Organization));
    }

    [Fact]
    public void Credit_lines_name_the_writer_and_an_interview_summary_gives_its_points_to_the_guest()
    {
        var page = OnePage.Extract("Field Notes by Tomas Reyes\n\nDr. Ada Lindqvist\n\nMaria Okafor (creator of Quillpad) joins the show to talk about evaluation and shipping.\n\n## Key takeaways\n\n- **Evaluation is the new spec.** Write the test first.\n");

        Assert.Equal("author", page.Roles["Tomas Reyes"]);
        Assert.Equal("author", page.Roles["Ada Lindqvist"]);
        Assert.Equal("guest", page.Roles["Maria Okafor"]);
        var holder = Assert.Single(page.Relationships(RelationshipTypes.Holds));
        Assert.Equal("Maria Okafor", page.NameOf(holder.FromId));
    }

    [Fact]
    public void A_wiki_s_inline_fields_label_people_as_lines_do()
    {
        var page = OnePage.Extract("# Reliability over capability\n\nguest:: [[Oskar Lindgren]]\nhost:: [[Nadia Farouk]]\n\n## Notes\n\n- [[Oskar Lindgren]] thinks the next year is about reliability.\n");

        Assert.Equal("guest", page.Roles["Oskar Lindgren"]);
        Assert.Equal("host", page.Roles["Nadia Farouk"]);
    }

    [Fact]
    public void Numbered_speakers_named_beside_their_number_are_speakers_and_a_possessive_keynote_names_its_speaker()
    {
        var transcript = OnePage.Extract("# Transcript: small models\n\nSpeaker 1 (Ines Moreau): Welcome.\n\nSpeaker 2 (Zorvath Quenby): Thanks.\n\nSpeaker 1 (Ines Moreau): Why small?\n\nSpeaker 2 (Zorvath Quenby): Cost.\n");
        var recap = OnePage.Extract("# The case for boring AI\n\nA recap of Maria Okafor's keynote at the summit.\n");

        Assert.Equal("speaker", transcript.Roles["Ines Moreau"]);
        Assert.Equal("speaker", transcript.Roles["Zorvath Quenby"]);
        Assert.Equal("speaker", recap.Roles["Maria Okafor"]);
    }

    [Theory]
    [InlineData("# Episode 214 recap: Maria Okafor on agentic browsers\n\nNotes follow.\n", "guest")]
    [InlineData("# What I took from Maria Okafor's talk on design\n\nNotes follow.\n", "speaker")]
    [InlineData("# Design notes\n\nMaria Okafor, design lead at Kestrel, spoke at the summit.\n", "speaker")]
    public void Titles_and_prose_that_say_whose_episode_or_talk_it_is_give_them_their_part(string text, string role)
    {
        var page = OnePage.Extract(text);

        Assert.Equal(role, page.Roles["Maria Okafor"]);
    }

    [Fact]
    public void Hyphenated_names_stay_whole_and_a_two_letter_surname_alone_joins_its_full_name()
    {
        var page = OnePage.Extract("# Notes\n\nA joint interview with Andrew Ng and Fei-Fei Li.\n\nLi argues that spatial intelligence is the next frontier. A question came from José Ortiz-Ramírez about robots.\n");

        Assert.Equal(["Andrew Ng", "Fei-Fei Li", "José Ortiz-Ramírez"], page.Names(Labels.Person).Order(StringComparer.Ordinal));
        var holds = Assert.Single(page.Relationships(RelationshipTypes.Holds));
        Assert.Equal("Fei-Fei Li", page.NameOf(holds.FromId));
    }

    [Fact]
    public void My_guest_today_set_off_by_commas_is_the_guest_and_a_workplace_is_its_capitalized_words()
    {
        var page = OnePage.Extract("# Episode 57\n\nMy guest today, Quentin Abara, spent ten years on search.\n\n## About the guest\n\nMaria Okafor is the co-founder of Paygent and previously led payments elsewhere.\n");

        Assert.Equal("guest", page.Roles["Quentin Abara"]);
        Assert.Equal(["Paygent"], page.Names(Labels.Organization));
    }

    [Fact]
    public void With_no_guest_named_by_a_cue_the_person_the_page_names_most_is_its_guest()
    {
        var page = OnePage.Extract("# Agents at work\n\nNotes by Tomas Reyes.\n\nZorvath Quenby has built agents for years. Quenby thinks logs matter.\n\n" +
            "Quenby also built a scheduler. Maria Okafor disagreed once.\n");
        var even = OnePage.Extract("# Agents at work\n\nZorvath Quenby and Maria Okafor built agents. Quenby and Okafor disagree. Quenby and Okafor argue.\n");

        Assert.Equal("guest", page.Roles["Zorvath Quenby"]);
        Assert.Equal("author", page.Roles["Tomas Reyes"]);
        Assert.DoesNotContain("Maria Okafor", page.Roles.Keys);
        Assert.Empty(even.Roles);
    }

    [Fact]
    public void Chinese_given_names_in_pinyin_are_first_names_joined_or_hyphenated()
    {
        var page = OnePage.Extract("# Notes on scaling\n\nThe hour is about data. Jiayi Chen thinks synthetic data matters less than people expect, and Zi-Han Lin disagrees.\n");

        Assert.Equal(["Jiayi Chen", "Zi-Han Lin"], page.Names(Labels.Person).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_byline_may_go_on_with_the_page_s_details_and_an_episode_of_a_show_features_its_guest()
    {
        var page = OnePage.Extract("# The Weekly Prompt #87\n\n*By Hanna Lindgren · 6 min read*\n\nThis week's episode of The Gradient Hour features Tomas Okafor, who runs evals at Northwind Labs.\n");

        Assert.Equal("author", page.Roles["Hanna Lindgren"]);
        Assert.Equal("guest", page.Roles["Tomas Okafor"]);
    }

    [Fact]
    public void Two_names_leading_a_title_both_speak_and_a_cue_in_the_text_says_who_hosts()
    {
        var titled = OnePage.Extract("# Recap: Priya Raman and Jonas Berg on agents in production\n\nA good hour.\n");
        var told = OnePage.Extract("# Recap: Priya Raman and Jonas Berg on agents in production\n\nHost Priya Raman talks with Jonas Berg, head of platform at Quarrydeck.\n");

        Assert.Equal("speaker", titled.Roles["Priya Raman"]);
        Assert.Equal("speaker", titled.Roles["Jonas Berg"]);
        Assert.Equal("host", told.Roles["Priya Raman"]);
        Assert.Equal("guest", told.Roles["Jonas Berg"]);
    }

    [Fact]
    public void Notes_from_someone_s_keynote_name_the_speaker()
    {
        var page = OnePage.Extract("# Notes from Mirela Costa's keynote at AI Engineer Summit: software that writes itself\n\nI watched it twice.\n");

        Assert.Equal("speaker", page.Roles["Mirela Costa"]);
    }

    [Fact]
    public void A_middle_initial_and_a_title_without_its_period_fold_away()
    {
        var page = OnePage.Extract("# Notes\n\nThanks to Dr Farhan Qureshi for the intro. Jensen H. Huang's comments on inference demand came up.\n");

        Assert.Equal(["Farhan Qureshi", "Jensen Huang"], page.Names(Labels.Person).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_description_in_brackets_ends_at_its_bracket_when_more_names_follow()
    {
        var page = OnePage.Extract("# Episode 112\n\nGuests: Ana Lindqvist (Anthropic), Tomasz Nowak (OpenAI)\n");

        var descriptions = page.Relationships(RelationshipTypes.AppearsIn).ToDictionary(r => page.NameOf(r.FromId), r => r.Properties["description"]);
        Assert.Equal("Anthropic", descriptions["Ana Lindqvist"]);
        Assert.Equal("OpenAI", descriptions["Tomasz Nowak"]);
    }

    [Fact]
    public void Names_from_cyrillic_greek_and_hangul_lists_are_first_names_as_english_writes_them()
    {
        // No cue names anyone here: each pair reads as a person only because its first word is a known first name.
        var page = OnePage.Extract("# Notes on evals\n\nThe hour is about evals. Oleksandr Petrenko built the harness, Ji-won Seo ran it, and Nikolaos Pappas checked the numbers.\n");

        Assert.Equal(["Ji-won Seo", "Nikolaos Pappas", "Oleksandr Petrenko"], page.Names(Labels.Person).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_quotation_cut_by_its_attribution_keeps_the_speaker_s_words_only()
    {
        var page = OnePage.Extract("# Small models\n\n\"Most of the value is in the last mile,\" says Maria Okafor, a researcher at Lumen Labs.\n");

        Assert.Equal("Most of the value is in the last mile", Assert.Single(page.Facts.Nodes, n => n.Label == Labels.Quote).Properties["text"]);
        Assert.Equal("Maria Okafor", page.NameOf(Assert.Single(page.Relationships(RelationshipTypes.Said)).FromId));
    }

    [Fact]
    public void Dash_labels_table_rows_and_co_hosts_give_their_parts()
    {
        var page = OnePage.Extract("# Edge inference\n\n👤 Host — Zorvath Quenby\n\n| Name | Role |\n|------|------|\n| Ilse Vermeer | Co-host |\n| Emeka Obi | Guest |\n");

        Assert.Equal("host", page.Roles["Zorvath Quenby"]);
        Assert.Equal("host", page.Roles["Ilse Vermeer"]);
        Assert.Equal("guest", page.Roles["Emeka Obi"]);
    }

    [Theory]
    [InlineData("# Shipping weekly\n\nIn conversation: Maria Okafor and Tomas Reyes\n\nNotes follow here in prose.\n", "Maria Okafor", "speaker")]
    [InlineData("# Shipping weekly\n\nPresented by Maria Okafor at EvalConf 2026.\n", "Maria Okafor", "speaker")]
    [InlineData("# Maria Okafor's Rules for Shipping Weekly\n\nNotes from the talk.\n", "Maria Okafor", "guest")]
    [InlineData("# Shipping weekly\n\nMaria Okafor joins Tomas Reyes.\n\nThe notes follow here in plain prose.\n", "Tomas Reyes", "host")]
    public void Conversation_labels_talk_credits_possessive_titles_and_joins_name_people(string markdown, string person, string role)
    {
        var page = OnePage.Extract(markdown);

        Assert.Equal(role, page.Roles[person]);
    }

    [Fact]
    public void A_show_named_after_its_host_in_a_title_makes_no_guest()
    {
        var page = OnePage.Extract("# Lex Fridman's Podcast: notes on agents\n\nNotes from the episode follow here.\n");

        Assert.DoesNotContain(page.Roles, r => r.Value == "guest");
    }
}
