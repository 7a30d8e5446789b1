using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// Items of a list section as nodes named by their lead: Try It gives Practice nodes the source SUGGESTS,
/// Open Questions gives Question nodes the source ASKS. The whole item is kept as <c>text</c>.
/// </summary>
internal sealed class ItemNodesRule(SectionKind section, string label, string relationshipType) : IExtractionRule
{
    private const int MaxIdLength = 100;

    /// <summary>The node id of an item: its name's slug, cut at a word boundary within 100 characters (items are sentences).</summary>
    public static string IdFor(string label, string name)
    {
        var id = NodeIds.For(label, name);
        if (id.Length <= MaxIdLength)
        {
            return id;
        }
        var cut = id.LastIndexOf('-', MaxIdLength);
        return id[..(cut > label.Length ? cut : MaxIdLength)];
    }

    public void Apply(PageContext context)
    {
        foreach (var (pageSection, block) in context.Blocks(section))
        {
            if (block.Depth > 0 || block.Kind is not (BlockKind.ListItem or BlockKind.Paragraph))
            {
                continue;
            }
            var sentences = block.Sentences;
            if (sentences.Count == 0)
            {
                continue;
            }
            var name = PageContext.ThesisName(block.Lead ?? sentences[0].Text);
            if (name.Length == 0)
            {
                continue;
            }
            var id = IdFor(label, name);
            context.Facts.Node(label, id, PageContext.Props(("name", name), ("text", block.Text)));
            context.Facts.Relationship(relationshipType, context.SourceId, id, context.Provenance(pageSection, block, sentences[0]));
        }
    }
}
