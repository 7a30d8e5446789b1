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
        foreach (var (section, block) in context.Blocks(SectionKind.KeyTakeaways))
        {
            if (block.Depth > 0 || block.Kind is not (BlockKind.ListItem or BlockKind.Paragraph))
            {
                continue;
            }
            var sentences = Sentences.Split(block.Text);
            var first = sentences.Count > 0 ? sentences[0] : null;
            var lead = block.Lead ?? first?.Text;
            if (first is null || lead is null)
            {
                continue;
            }
            var provenance = context.Provenance(section.Name, block.Line, block.Lead is null ? first.Text : lead);
            var theses = ThesesIn(context, lead);
            foreach (var thesisId in theses)
            {
                Claim(context, thesisId, provenance);
            }
            context.BlockTheses[block] = theses;
        }
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
