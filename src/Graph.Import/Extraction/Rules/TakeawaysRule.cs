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

    public void Apply(PageContext context)
    {
        foreach (var item in context.Page.FrontMatter?.Theses ?? [])
        {
            Claim(context, context.Thesis(item.Name), FrontMatterRule.Provenance(context, item));
        }
        var paragraphsArePoints = new Dictionary<PageSection, bool>(ReferenceEqualityComparer.Instance);
        foreach (var (section, block, rule) in PointBlocks(context))
        {
            if (QuoteRule.IsAttributedPullQuote(section, block))
            {
                continue;
            }
            using var _ = rule is null ? null : context.Facts.Because(rule, 0.6);
            // A way of stating points found the block (UnheadedPoints), or it sits under a points heading.
            var found = rule is not null && rule != section.PointsRule;
            var isPoint = found || block.Kind == BlockKind.ListItem || (block.Kind == BlockKind.Paragraph && (section.Kind == SectionKind.KeyTakeaways || block.Lead is not null
                || (paragraphsArePoints.TryGetValue(section, out var known) ? known : paragraphsArePoints[section] = ParagraphsArePoints(section))));
            // Nested items are parts of the point above them, except in a page's unheaded runs of items.
            if ((block.Depth > 0 && rule == section.PointsRule) || !isPoint)
            {
                continue;
            }
            var bare = Undecorated(block);
            var sentences = bare.Sentences;
            var first = sentences.Count > 0 ? sentences[0] : null;
            var topic = Topic(bare);
            var lead = topic is not null ? AfterTopic(bare.Text) : bare.Lead ?? Answered(sentences);
            if (first is null || lead is null)
            {
                continue;
            }
            // "Tomas thinks evaluations belong in the build": the point is the view, and the one the item names holds it
            // (the arguing rule reads that), not the page's voices.
            lead = UnheadedPoints.WithoutOrdinal(lead);
            var view = ArguesThatRule.OpeningView(lead);
            lead = view ?? lead;
            // "“Open weights are a safety feature.” — Marta Silva": the person the point is signed with holds it.
            var signer = Signer(context, lead);
            lead = signer?.Point ?? lead;
            var provenance = context.Provenance(section.Name, block.Line, block.Lead is null ? first.Text : lead);
            var theses = ThesesIn(context, lead);
            if (theses.Count == 0 && topic is not null)
            {
                theses = ThesesIn(context, topic);
            }
            // "- **Jonas Berg:** Prompting is becoming engineering": the item's own speaker holds it, not the whole panel; a
            // stated view's holder is the arguing rule's to give.
            var holder = view is null ? Speaker(context, block) ?? signer?.PersonId ?? TopicHolder(context, topic) : null;
            foreach (var thesisId in theses)
            {
                if (view is null && holder is null)
                {
                    Claim(context, thesisId, provenance);
                    continue;
                }
                context.Facts.Relationship(RelationshipTypes.Claims, context.SourceId, thesisId, provenance);
                if (holder is not null)
                {
                    context.Facts.Relationship(RelationshipTypes.Holds, holder, thesisId, provenance);
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
        return context.Page.Sections
            .Where(s => s.Kind is SectionKind.Intro or SectionKind.Other or SectionKind.WhyItMatters)
            .SelectMany(section => UnheadedPoints.In(section).Select(point => (section, point.Block, (string?)point.Rule)));
    }

    // "## Key insights" over paragraphs: each paragraph states one, in its first sentence. A summary, an overview or the
    // highlights of an episode tell it in prose, and so does an essay under a heading that only mentions lessons ("What I
    // learned building agents"): their paragraphs are not points one by one.
    // Under any heading that names points ("Three big ideas from the conversation"), paragraphs that are each a short
    // statement are.
    private static bool ParagraphsArePoints(PageSection section) =>
        section.Kind == SectionKind.KeyPoints && section.PointsRule is null && !ProseSection().IsMatch(section.Name)
        && (SectionNames.IsStock(section.Name) || section.Blocks.Where(b => b.Kind == BlockKind.Paragraph).ToList() is { Count: >= 2 } paragraphs && paragraphs.All(UnheadedPoints.IsShortStatement));

    // "💡 [00:12] World models matter more": the emoji and the chapter time that open an item decorate it.
    private static PageBlock Undecorated(PageBlock block)
    {
        if (block.Lines.Count == 0 || block.Lines[0].Text.TrimStart() is not { Length: > 0 } line || char.IsLetter(line[0]))
        {
            return block;
        }
        var bare = WikiPageParser.WithoutChapterTime(Decoration().Replace(line, "")).TrimStart();
        return bare.Length == line.Length || bare.Length == 0 ? block : block with { Lines = [block.Lines[0] with { Text = bare }, .. block.Lines.Skip(1)] };
    }

    [GeneratedRegex(@"^(?:(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|\p{So})\uFE0F?\s*)+")]
    private static partial Regex Decoration();

    // A point signed at its end by a person the page names: "“…” — Marta Silva", "… (Kofi Mensah)".
    private static (string Point, string PersonId)? Signer(PageContext context, string lead)
    {
        if (Signature().Match(lead) is not { Success: true } match)
        {
            return null;
        }
        var name = match.Groups["name"].Value.Trim();
        var point = match.Groups["point"].Value.Trim().Trim('"', '“', '”').TrimEnd('.', ',').Trim();
        return point.Length > 0 && KnownPerson(context, name) is { } personId ? (point, personId) : null;
    }

    [GeneratedRegex(@"^(?<point>.+?)\s*(?:\s[—–-]\s*|\()(?<name>\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+){0,2})\)?[.!]?\s*$")]
    private static partial Regex Signature();

    // The person a point's own speaker label names ("Jonas Berg: …"), when the page already knows them as a person.
    private static string? Speaker(PageContext context, PageBlock block)
    {
        var cue = block.Lines.Count > 0 ? PersonCues.SpeakerLabel(block.Lines[0].Text) : null;
        return cue is null ? null : KnownPerson(context, cue.Name);
    }

    // "Karpathy on agents: they are not there yet." A topic that is a person on something names who holds the point.
    private static string? TopicHolder(PageContext context, string? topic) =>
        topic is not null && PersonOnTopic().Match(topic) is { Success: true } match ? KnownPerson(context, match.Groups["name"].Value) : null;

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+){0,2})\s+on\s+\S")]
    private static partial Regex PersonOnTopic();

    // A person the page already has, named in full or by the first or last name only one of them has ("Maria", "Okafor").
    private static string? KnownPerson(PageContext context, string name)
    {
        var people = context.Facts.Names(Labels.Person).Where(p => p == name || p.Split(' ') is var w && (w[0] == name || w[^1] == name)).Take(2).ToList();
        return people is [var person] ? context.Person(person) : null;
    }

    [GeneratedRegex(@"(?i)summary|tl;?dr|overview|highlights")]
    private static partial Regex ProseSection();

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
    internal static HashSet<PageBlock> Parts(IEnumerable<PageBlock> blocks)
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
        // One word ("Tools") names a topic or a heading, not a point.
        return words is < 2 or > MaxLeadWords ? [] : [context.Thesis(name)];
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
