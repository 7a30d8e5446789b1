using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// Key Takeaways: each bullet's bold lead (or first sentence) names a thesis: a declared thesis it mentions,
/// else the lead itself. The source CLAIMS it and its guests/authors HOLD it. Theses declared in front
/// matter are claimed the same way.
/// </summary>
internal sealed class TakeawaysRule : IExtractionRule
{
    private const int MaxLeadWords = 40;

    public void Apply(PageContext context)
    {
        foreach (var item in context.Page.FrontMatter?.Theses ?? [])
        {
            Claim(context, context.Thesis(item.Name), FrontMatterRule.Provenance(context, item));
        }
        foreach (var (section, block) in context.Blocks(SectionKind.KeyTakeaways, SectionKind.KeyPoints))
        {
            // Under a web page's "Highlights" or "Summary", only list items and bold leads are points; its prose is prose.
            var isPoint = block.Kind == BlockKind.ListItem || (block.Kind == BlockKind.Paragraph && (section.Kind == SectionKind.KeyTakeaways || block.Lead is not null));
            if (block.Depth > 0 || !isPoint)
            {
                continue;
            }
            var sentences = Sentences.Split(block.Text);
            var first = sentences.Count > 0 ? sentences[0] : null;
            var topic = Topic(block);
            var lead = topic is not null ? AfterTopic(block.Text) : block.Lead ?? first?.Text;
            if (first is null || lead is null)
            {
                continue;
            }
            var provenance = context.Provenance(section.Name, block.Line, block.Lead is null ? first.Text : lead);
            var theses = ThesesIn(context, lead);
            if (theses.Count == 0 && topic is not null)
            {
                theses = ThesesIn(context, topic);
            }
            foreach (var thesisId in theses)
            {
                Claim(context, thesisId, provenance);
            }
            context.BlockTheses[block] = theses;
        }
    }

    // "Shipping velocity: Anthropic cut timelines to a week." A short plain label before a colon names a topic, and the
    // point is the sentence after it. A bold lead is the point itself, colon or not, unless the bold part is just the label.
    private static string? Topic(PageBlock block)
    {
        var colon = block.Text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 80 || block.Text.Length - colon < 20)
        {
            return null;
        }
        var head = block.Text[..colon].Trim();
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var boldLabel = block.Lead is null || TextKey.Normalize(block.Lead).TrimEnd(':').Trim() == TextKey.Normalize(head);
        return words is >= 1 and <= 8 && boldLabel ? head : null;
    }

    private static string AfterTopic(string text)
    {
        var rest = text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        var sentences = Sentences.Split(rest);
        return sentences.Count > 0 ? sentences[0].Text : rest;
    }

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

    private static void Claim(PageContext context, string thesisId, Provenance provenance)
    {
        context.Facts.Relationship(RelationshipTypes.Claims, context.SourceId, thesisId, provenance);
        foreach (var personId in context.Voices)
        {
            context.Facts.Relationship(RelationshipTypes.Holds, personId, thesisId, provenance);
        }
    }
}
