using Graph.Core.Model;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// People the page names without their taking part in the source (found by <see cref="PeopleRule"/>, or vocabulary
/// people its text names): the source MENTIONS them, evidenced by the first sentence naming them. Runs last, so a
/// person any rule made a participant is not also "mentioned".
/// </summary>
internal sealed class PersonMentionRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        foreach (var (section, block) in context.Blocks())
        {
            foreach (var mention in context.Mentions(block.Text).Where(m => m.Entry.Kind == EntityKind.Person))
            {
                if (context.Person(mention.Entry.Name) is { } personId)
                {
                    var sentence = PageContext.SentenceAt(block, mention.Start);
                    context.Mentioned(personId, context.Provenance(block.Kind == Parsing.BlockKind.SourceLine ? "Source" : section.Name, block.LineAt(sentence.Start), sentence.Text));
                }
            }
        }
        var participants = context.Participants.Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        foreach (var (personId, provenance) in context.MentionedPeople)
        {
            if (!participants.Contains(personId))
            {
                context.Facts.Relationship(RelationshipTypes.Mentions, context.SourceId, personId, provenance);
            }
        }
    }
}
