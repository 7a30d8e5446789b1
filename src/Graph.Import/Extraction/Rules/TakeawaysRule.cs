using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// Key Takeaways: each bullet's bold lead (or first sentence) names a thesis: a declared thesis it mentions,
/// else the lead itself. The source CLAIMS it and its guests/authors HOLD it. Theses declared in front
/// matter are claimed the same way.
/// </summary>
internal sealed partial class TakeawaysRule : IExtractionRule
{
    private const int MaxLeadWords = 40;
    private const int MaxLeadInWords = 5;
    private const int MinBoldPoints = 3;
    private const int MinBoldWords = 3;

    public void Apply(PageContext context)
    {
        foreach (var item in context.Page.FrontMatter?.Theses ?? [])
        {
            Claim(context, context.Thesis(item.Name), FrontMatterRule.Provenance(context, item));
        }
        foreach (var (section, block, rule) in PointBlocks(context))
        {
            if (QuoteRule.IsAttributedPullQuote(section, block))
            {
                continue;
            }
            using var _ = rule is null ? null : context.Facts.Because(rule, 0.6);
            var isPoint = rule is "qa-answers" or "labelled-point" || block.Kind == BlockKind.ListItem || (block.Kind == BlockKind.Paragraph && (section.Kind == SectionKind.KeyTakeaways || block.Lead is not null || ParagraphsArePoints(section)));
            // Nested items are parts of the point above them, except in a page's unheaded runs of items.
            if ((block.Depth > 0 && rule == section.PointsRule) || !isPoint)
            {
                continue;
            }
            var sentences = block.Sentences;
            var first = sentences.Count > 0 ? sentences[0] : null;
            var topic = Topic(block);
            var lead = topic is not null ? AfterTopic(block.Text) : block.Lead ?? Answered(sentences);
            if (first is null || lead is null)
            {
                continue;
            }
            // "Tomas thinks evaluations belong in the build": the point is the view, and the one the item names holds it
            // (the arguing rule reads that), not the page's voices.
            var view = ArguesThatRule.OpeningView(lead);
            lead = view ?? lead;
            var provenance = context.Provenance(section.Name, block.Line, block.Lead is null ? first.Text : lead);
            var theses = ThesesIn(context, lead);
            if (theses.Count == 0 && topic is not null)
            {
                theses = ThesesIn(context, topic);
            }
            foreach (var thesisId in theses)
            {
                if (view is null && Speaker(context, block) is { } speaker)
                {
                    // "- **Jonas Berg:** Prompting is becoming engineering": the item's speaker holds it, not the whole panel.
                    context.Facts.Relationship(RelationshipTypes.Claims, context.SourceId, thesisId, provenance);
                    context.Facts.Relationship(RelationshipTypes.Holds, speaker, thesisId, provenance);
                }
                else if (view is null)
                {
                    Claim(context, thesisId, provenance);
                }
                else
                {
                    context.Facts.Relationship(RelationshipTypes.Claims, context.SourceId, thesisId, provenance);
                }
            }
            context.BlockTheses[block] = theses;
        }
    }

    // Points under a takeaways-like heading; a page with none states its points as its lists: runs of three or more
    // items of a sentence's length, outside Related, Try It and Open Questions.
    private static IEnumerable<(PageSection Section, PageBlock Block, string? Rule)> PointBlocks(PageContext context)
    {
        var headed = context.Blocks(SectionKind.KeyTakeaways, SectionKind.KeyPoints).ToList();
        if (headed.Count > 0)
        {
            var parts = Parts(headed.Select(b => b.Block));
            return headed.Where(b => !parts.Contains(b.Block)).Select(b => (b.Section, b.Block, b.Section.PointsRule));
        }
        var points = new List<(PageSection, PageBlock, string?)>();
        foreach (var section in context.Page.Sections.Where(s => s.Kind is SectionKind.Intro or SectionKind.Other or SectionKind.WhyItMatters))
        {
            var run = new List<PageBlock>();
            var parts = Parts(section.Blocks);
            // A lead-in ("Where to find her:") is no point, but it ends the run before it; the parts it introduces do not.
            foreach (var block in section.Blocks.Where(b => !parts.Contains(b) || b.Kind != BlockKind.ListItem).Append(null))
            {
                if (block is { Kind: BlockKind.ListItem } && block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4)
                {
                    run.Add(block);
                    continue;
                }
                if (block is { Kind: BlockKind.ListItem } || (block is not null && block.Depth > 0))
                {
                    continue;
                }
                if (run.Count >= 3)
                {
                    points.AddRange(run.Select(item => (section, item, (string?)"list-points")));
                }
                run.Clear();
            }
            // "**Review is the bottleneck.** Generated code piles up…": paragraphs that each open on a bold statement.
            var bold = section.Blocks.Where(IsBoldStatement).ToList();
            if (bold.Count >= MinBoldPoints)
            {
                points.AddRange(bold.Select(block => (section, block, (string?)"bold-lead-points")));
            }
            // "Key insight: inference gets ten times cheaper each year." A line labelled as a point is one, wherever it stands.
            points.AddRange(section.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem && PointLabel().IsMatch(b.Text))
                .Select(block => (section, block, (string?)"labelled-point")));
            // A written interview: "Q: Why does X matter?" then "A: Because …". The one answering makes a point in each answer.
            var answers = Answers(section.Blocks).ToList();
            if (answers.Count >= MinBoldPoints)
            {
                points.AddRange(answers.Select(block => (section, block, (string?)"qa-answers")));
            }
        }
        return points;
    }

    // The paragraph after each question of a question-and-answer run: a question is a paragraph that is one question,
    // bold or labelled "Q:", and its answer is the next paragraph that is not one.
    private static IEnumerable<PageBlock> Answers(IReadOnlyList<PageBlock> blocks)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (IsQuestion(blocks[i]) && blocks[i + 1] is { Kind: BlockKind.Paragraph } answer && !IsQuestion(answer))
            {
                yield return answer;
            }
        }
    }

    private static bool IsQuestion(PageBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Text.TrimEnd() is var text && text.IndexOfAny(['?', '.', '!']) == text.Length - 1 && text[^1] == '?'
        && (block.Lead is not null || QuestionLabel().IsMatch(text));

    [GeneratedRegex(@"^(?:Q|Question)\s*\d*\s*[:.]\s")]
    private static partial Regex QuestionLabel();

    // "## Key insights" over paragraphs: each paragraph states one, in its first sentence. A summary, an overview or the
    // highlights of an episode tell it in prose, and so does an essay under a heading that only mentions lessons ("What I
    // learned building agents"): their paragraphs are not points one by one.
    private static bool ParagraphsArePoints(PageSection section) =>
        section.Kind == SectionKind.KeyPoints && section.PointsRule is null && SectionNames.IsStock(section.Name) && !ProseSection().IsMatch(section.Name);

    [GeneratedRegex(@"(?i)^(?:(?:the\s+)?(?:key|main|big|core|central)\s+)?(?:insight|takeaway|lesson|idea|point|thesis|argument|claim|bottom line|tl;?dr)\s*(?:#?\d{1,2})?\s*[:：]\s+\S")]
    private static partial Regex PointLabel();

    // The person a point's own speaker label names ("Jonas Berg: …"), when the page already knows them as a person.
    private static string? Speaker(PageContext context, PageBlock block)
    {
        var cue = block.Lines.Count > 0 ? PersonCues.SpeakerLabel(block.Lines[0].Text) : null;
        return cue is not null && context.Facts.Names(Labels.Person).Contains(cue.Name, StringComparer.Ordinal) ? context.Person(cue.Name) : null;
    }

    [GeneratedRegex(@"(?i)summary|tl;?dr|overview|highlights")]
    private static partial Regex ProseSection();

    // A paragraph led by a bold phrase of a few words in lower case: a statement, not a label ("**Note:**"), a
    // transcript's speaker ("**Boris Cherny:**") or a question.
    private static bool IsBoldStatement(PageBlock block) =>
        block is { Kind: BlockKind.Paragraph, Lead: { } lead } && lead.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= MinBoldWords } words
        && words.Skip(1).Any(w => char.IsLower(w[0])) && !lead.TrimEnd().EndsWith('?');

    // "Shipping velocity: Anthropic cut timelines to a week." A short plain label before a colon names a topic, and the
    // point is the sentence after it. A bold lead is the point itself, colon or not, unless the bold part is just the
    // label. Either way a label names ("**Hiring:**"), it does not state ("Nvidia's moat is CUDA: a decade of tooling").
    private static string? Topic(PageBlock block)
    {
        var colon = TopicSeparator(block.Text);
        if (colon <= 0 || colon > 80 || block.Text.Length - colon < 20)
        {
            return null;
        }
        var head = block.Text[..colon].Trim();
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var label = !Statements.IsStatement(head) && (block.Lead is null || TextKey.Normalize(block.Lead).TrimEnd(':').Trim() == TextKey.Normalize(head));
        return words is >= 1 and <= 8 && label ? head : null;
    }

    // "Label: point" or "Label - point" (a spaced dash, as web pages write a labelled item).
    private static int TopicSeparator(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var dash = text.IndexOf(" - ", StringComparison.Ordinal) is var d and >= 0 ? d : text.IndexOf(" – ", StringComparison.Ordinal);
        return colon < 0 ? dash : dash < 0 ? colon : Math.Min(colon, dash);
    }

    private static string AfterTopic(string text)
    {
        var separator = TopicSeparator(text);
        var rest = text[(separator + (text[separator] == ':' ? 1 : 3))..].Trim();
        var sentences = Sentences.Split(rest);
        return sentences.Count > 0 ? sentences[0].Text : rest;
    }

    // "Historical pattern:" then "- technology automates tasks,", "- what is the task?": the items after a colon are its
    // parts, not points of their own; so is the colon's own item when it is only a lead-in ("The real question is:").
    private static HashSet<PageBlock> Parts(IEnumerable<PageBlock> blocks)
    {
        var parts = new HashSet<PageBlock>(ReferenceEqualityComparer.Instance);
        var introduced = false;
        foreach (var block in blocks)
        {
            var isPart = introduced && block.Kind == BlockKind.ListItem && IsPart(block.Text);
            var opensParts = block.Text.TrimEnd().EndsWith(':');
            if (isPart || (opensParts && block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLeadInWords))
            {
                parts.Add(block);
            }
            introduced = opensParts || isPart;
        }
        return parts;
    }

    // A part of the item before it: it opens in lower case, or ends as one of a series does (a comma, a semicolon, a question).
    private static bool IsPart(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && (char.IsLower(trimmed[0]) || trimmed[^1] is ',' or ';' or '?');
    }

    // "What to do with AI? Play with it." An item that opens with a question makes its point in the answer.
    private static string? Answered(IReadOnlyList<Sentence> sentences) =>
        sentences.Count switch
        {
            0 => null,
            > 1 when sentences[0].Text.TrimEnd().EndsWith('?') => sentences[0].Text + " " + sentences[1].Text,
            _ => sentences[0].Text,
        };

    private static List<string> ThesesIn(PageContext context, string lead)
    {
        var declared = context.Mentions(lead)
            .Where(m => m.Entry.Kind == EntityKind.Thesis)
            .Select(m => context.Thesis(m.Entry.Name))
            .Distinct()
            .ToList();
        if (declared.Count > 0)
        {
            return declared;
        }
        var name = PageContext.ThesisName(lead);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is 0 or > MaxLeadWords ? [] : [context.Thesis(name)];
    }

    /// <summary>The source claims the point and the page's voices hold it.</summary>
    internal static void Claim(PageContext context, string thesisId, Provenance provenance)
    {
        context.Facts.Relationship(RelationshipTypes.Claims, context.SourceId, thesisId, provenance);
        // The page's single voice holds its points. With several (a panel, "an interview between A & B") a point does not
        // say which of them holds it: each may, and the low confidence says so.
        var voices = context.Voices;
        using var _ = voices.Count > 1 ? context.Facts.Because("several-voices", 0.3) : null;
        foreach (var personId in voices)
        {
            context.Facts.Relationship(RelationshipTypes.Holds, personId, thesisId, provenance);
        }
    }
}
