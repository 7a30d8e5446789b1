using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// In Why it matters and Related, a quoted idea attributed by a possessive (<c>Shipper’s “every agent needs a
/// human who cares about it”</c>) is a Thesis that person HOLDS. Unattributed quoted ideas become Theses only
/// when a cue phrase relates them (<see cref="ThesisCueRule"/>).
/// </summary>
internal sealed class QuotedThesisRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        foreach (var (section, block) in context.Blocks(SectionKind.WhyItMatters, SectionKind.Related))
        {
            foreach (var mention in ThesisFinder.Find(context, block.Text))
            {
                if (mention.Possessor is null || context.Person(mention.Possessor) is not { } personId)
                {
                    continue;
                }
                var provenance = context.Provenance(section, block, PageContext.SentenceAt(block, mention.Start));
                context.Facts.Relationship(RelationshipTypes.Holds, personId, context.Thesis(mention.Name), provenance);
            }
        }
    }
}
