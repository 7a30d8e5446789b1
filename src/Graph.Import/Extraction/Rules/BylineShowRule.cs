using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// A byline naming a declared show ("By Lenny's Podcast", as sites that summarise episodes print it) gives
/// PUBLISHED_ON, for pages without a Source line (which names the show itself when present). Only vocabulary shows
/// count: "By Ada Lovelace" is a person's byline, read by <see cref="IntroPeopleRule"/>.
/// </summary>
internal sealed partial class BylineShowRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        if (context.Page.SourceLine is not null)
        {
            return;
        }
        foreach (var block in context.Page.Intro.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Take(3))
        {
            foreach (var line in block.Lines)
            {
                var text = line.Text.Trim();
                var match = Byline().Match(text);
                if (match.Success && context.Vocabulary.Find(EntityKind.Show, match.Groups["show"].Value) is not null)
                {
                    var provenance = context.Provenance(context.Page.Intro.Name, line.Line, text);
                    context.Facts.Relationship(RelationshipTypes.PublishedOn, context.SourceId, context.Show(match.Groups["show"].Value), provenance);
                    return;
                }
            }
        }
    }

    [GeneratedRegex(@"^By\s+(?<show>\S.*?)\s*$")]
    private static partial Regex Byline();
}
