using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// One sentence that names two theses and a cue relates them: "pairs with", "same observation", "same idea",
/// "companion to" give PAIRS_WITH; "read against", "in tension with", "counterpoint" give CONTRASTS_WITH.
/// Each cue links the nearest thesis before it with the nearest after it; a cue after both ("A and B are the
/// same idea") links the two before it, a cue before both links the two after it (for a contrast whose cue governs
/// the first, "a counterpoint to “A”: “B”", B contrasts with A).
/// </summary>
internal sealed partial class ThesisCueRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        foreach (var (section, block) in context.Blocks())
        {
            if (block.Kind == BlockKind.SourceLine)
            {
                continue;
            }
            foreach (var sentence in block.Sentences)
            {
                Relate(context, section, block, sentence);
            }
        }
    }

    private static void Relate(PageContext context, PageSection section, PageBlock block, Sentence sentence)
    {
        var cues = Cues(sentence.Text);
        if (cues.Count == 0)
        {
            return;
        }
        var theses = ThesisFinder.Find(context, sentence.Text);
        if (theses.Select(t => TextKey.Normalize(t.Name)).Distinct().Count() < 2)
        {
            return;
        }
        var provenance = context.Provenance(section.Name, block.LineAt(sentence.Start), sentence.Text);
        foreach (var (at, end, type) in cues)
        {
            if (Pick(theses, at) is not var (from, to))
            {
                continue;
            }
            if (type == RelationshipTypes.ContrastsWith && GovernsFirstAfter(sentence.Text, end, from, to))
            {
                (from, to) = (to, from);
            }
            context.Facts.Relationship(type, context.Thesis(from.Name), context.Thesis(to.Name), provenance);
        }
    }

    private static (ThesisMention From, ThesisMention To)? Pick(IReadOnlyList<ThesisMention> theses, int cue)
    {
        var before = theses.Where(t => t.End <= cue).ToList();
        var after = theses.Where(t => t.Start >= cue).ToList();
        if (before.Count > 0 && after.Count > 0)
        {
            return (before[^1], after[0]);
        }
        if (before.Count >= 2)
        {
            return (before[^2], before[^1]);
        }
        return after.Count >= 2 ? (after[0], after[1]) : null;
    }

    // "A counterpoint to the worry behind “A”: “B” …": when both theses follow the cue and nothing but words stands
    // between the cue and the first, the first is what the cue is against, so the second contrasts with it. After a
    // colon or a bracket the cue's object was something else, and the theses keep their order.
    private static bool GovernsFirstAfter(string sentence, int cueEnd, ThesisMention from, ThesisMention to) =>
        from.Start >= cueEnd && to.Start > from.Start
        && sentence.AsSpan(cueEnd, from.Start - cueEnd).IndexOfAny(":;()—") < 0;

    private static List<(int At, int End, string Type)> Cues(string sentence)
    {
        var cues = new List<(int, int, string)>();
        cues.AddRange(PairsCue().Matches(sentence).Select(m => (m.Index, m.Index + m.Length, RelationshipTypes.PairsWith)));
        cues.AddRange(ContrastCue().Matches(sentence).Select(m => (m.Index, m.Index + m.Length, RelationshipTypes.ContrastsWith)));
        cues.Sort();
        return cues;
    }

    [GeneratedRegex(@"\b(?:pairs?(?:\s+\w+){0,2}\s+with|same (?:observation|idea|point|insight|claim|thesis)|companion (?:piece )?to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PairsCue();

    [GeneratedRegex(@"\b(?:read (?:it |this )?against|in tension with|counterpoint|contrasts? with|pushes back on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContrastCue();
}
