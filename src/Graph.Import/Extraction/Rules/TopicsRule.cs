using System.Text.RegularExpressions;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// What an episode covers, as its show notes list it: a sentence that lists three or more things the speakers discuss
/// ("They explore the scaling laws behind AI's growth, the potential for an AI tsunami, and the opportunities facing
/// India", "Highlights include …, …, and …", "he shares many views: why …, why …, and why …"), and the items of a list
/// a discussion line introduces ("Cat and I talked about:", "In this episode we cover:"). Each is a point the source
/// CLAIMS and its voices HOLD, whether or not the page also has a takeaways section: show notes put the topics apart
/// from the lessons.
/// </summary>
internal sealed partial class TopicsRule : IExtractionRule
{
    private const int MinItems = 3;
    private const int MinListedItems = 2;
    private const int MinItemWords = 3;
    private const int MaxItemWords = 30;

    public void Apply(PageContext context)
    {
        foreach (var section in context.Page.Sections)
        {
            if (section.Kind is SectionKind.Related or SectionKind.TryIt or SectionKind.OpenQuestions or SectionKind.Navigation)
            {
                continue;
            }
            // "## In this episode, we cover" over chapter lines: the heading is the lead-in.
            if (section != context.Page.Intro && IsLeadIn(section.Name))
            {
                ClaimListed(context, section, section.Blocks, 0);
            }
            for (var i = 0; i < section.Blocks.Count; i++)
            {
                var block = section.Blocks[i];
                if (block.Kind != BlockKind.Paragraph)
                {
                    continue;
                }
                if (IsLeadIn(block.Text, needsColon: true))
                {
                    ClaimListed(context, section, section.Blocks, i + 1);
                    continue;
                }
                foreach (var sentence in block.Sentences)
                {
                    if ((ListingVerb().Match(sentence.Text) is { Success: true } verb ? verb : ViewsColon().Match(sentence.Text)) is { Success: true } lead
                        && Items(sentence.Text[(lead.Index + lead.Length)..]) is { } items)
                    {
                        using var _ = context.Facts.Because("topic-sentence", 0.5);
                        var provenance = context.Provenance(section.Name, block.LineAt(sentence.Start), sentence.Text);
                        foreach (var item in items)
                        {
                            TakeawaysRule.Claim(context, context.Thesis(item), provenance);
                        }
                    }
                }
            }
        }
    }

    // The list items right after a lead-in line, each a topic when it reads as one (a few words to a sentence).
    private static void ClaimListed(PageContext context, PageSection section, IReadOnlyList<PageBlock> blocks, int first)
    {
        var items = new List<PageBlock>();
        for (var i = first; i < blocks.Count && blocks[i].Kind == BlockKind.ListItem; i++)
        {
            if (blocks[i].Depth == 0)
            {
                items.Add(blocks[i]);
            }
        }
        var topics = items.Select(item => (Item: item, Topic: PageContext.ThesisName(WikiPageParser.WithoutChapterTime(item.Text.Trim()))))
            .Where(t => WordCount(t.Topic) is >= MinItemWords and <= MaxItemWords)
            .ToList();
        if (topics.Count < MinListedItems)
        {
            return;
        }
        using var _ = context.Facts.Because("topic-list", 0.5);
        foreach (var (item, topic) in topics)
        {
            TakeawaysRule.Claim(context, context.Thesis(topic), context.Provenance(section.Name, item.Line, item.Text));
        }
    }

    /// <summary>
    /// "A, B, and C." or "A, B and C": the items of a list that runs to the sentence's end, split at the commas and the
    /// last "and" outside brackets and quotes; null unless there are three or more and each reads as a topic.
    /// </summary>
    internal static List<string>? Items(string list)
    {
        // "… are "slop generators," why …": a comma written inside the closing quote still ends the item.
        list = list.Replace(",\"", "\",", StringComparison.Ordinal).Replace(",”", "”,", StringComparison.Ordinal);
        var parts = new List<string>();
        var (depth, start) = (0, 0);
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] switch { '(' or '[' or '“' => 1, ')' or ']' or '”' => -1, _ => 0 };
            if (depth == 0 && list[i] == ',')
            {
                parts.Add(list[start..i]);
                start = i + 1;
            }
        }
        parts.Add(list[start..]);
        if (parts.Count < MinItems - 1)
        {
            return null;
        }
        // The last item is the one "and" introduces: after a serial comma it opens the last part, else it splits it.
        var last = parts[^1].TrimStart();
        if (last.StartsWith("and ", StringComparison.Ordinal))
        {
            parts[^1] = last[4..];
        }
        else if (last.LastIndexOf(" and ", StringComparison.Ordinal) is var conjunction and > 0)
        {
            parts[^1] = last[..conjunction];
            parts.Add(last[(conjunction + 5)..]);
        }
        else
        {
            return null;
        }
        var items = parts.Select(p => PageContext.ThesisName(p)).ToList();
        return items.Count >= MinItems && items.All(i => WordCount(i) is >= MinItemWords and <= MaxItemWords) ? items : null;
    }

    // A line ends its lead-in with a colon; a heading says the same without one.
    private static bool IsLeadIn(string text, bool needsColon = false) =>
        ListLeadIn().IsMatch(needsColon ? text : text.TrimEnd().TrimEnd(':') + ":");

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // "They explore …", "we work through …", "Highlights include …": what follows is what the conversation covers.
    [GeneratedRegex(@"\b(?:explore[sd]?|discuss(?:es|ed)?|cover(?:s|ed)?|(?:work(?:s|ed)?|walk(?:s|ed)?|talk(?:s|ed)?) through|(?:dig(?:s)?|dug|get(?:s)?|got) into|unpack(?:s|ed)?|(?:highlights|topics|themes) include)\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex ListingVerb();

    // "He shares many views: why …, why …, and why …": a colon after what the list is of.
    [GeneratedRegex(@"\b(?:views|ideas|topics|themes|lessons|points|takeaways|insights|arguments|questions|predictions|opinions)\s*:\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex ViewsColon();

    // "Cat and I talked about:", "In this episode, we discuss:", "Topics covered:", "What you'll learn:".
    [GeneratedRegex(@"(?i)^(?:.{0,60}\b(?:talk(?:ed)?\s+about|discuss(?:ed)?|cover(?:ed)?|explore[d]?|dig into|get into|go over|went over)|(?:topics|themes)(?:\s+(?:covered|discussed))?|what\s+(?:you['’]ll|you\s+will|we)\s+(?:learn|cover|discuss)|in\s+this\s+(?:episode|conversation|interview)[^:]{0,40})\s*:\s*$")]
    private static partial Regex ListLeadIn();
}
