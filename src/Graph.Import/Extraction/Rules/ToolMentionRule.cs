using Graph.Core.Model;

namespace Graph.Import.Extraction.Rules;

/// <summary>Every declared tool the page names (anywhere, Source line included): the source MENTIONS it, evidenced by the first sentence naming it.</summary>
internal sealed class ToolMentionRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        foreach (var (section, block) in context.Blocks())
        {
            foreach (var mention in MentionScanner.Scan(context.Vocabulary, block.Text))
            {
                if (mention.Entry.Kind != EntityKind.Tool)
                {
                    continue;
                }
                var toolId = context.Tool(mention.Entry);
                if (!context.Facts.HasRelationship(RelationshipTypes.Mentions, context.SourceId, toolId))
                {
                    var sectionName = block.Kind == Parsing.BlockKind.SourceLine ? "Source" : section.Name;
                    var sentence = PageContext.SentenceAt(block, mention.Start);
                    context.Facts.Relationship(RelationshipTypes.Mentions, context.SourceId, toolId,
                        context.Provenance(sectionName, block.LineAt(sentence.Start), sentence.Text));
                }
            }
        }
    }
}
