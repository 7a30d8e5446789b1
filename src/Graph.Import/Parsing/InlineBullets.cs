using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace Graph.Import.Parsing;

/// <summary>
/// Lists flattened onto one line by text exports ("- **A**: … - **B**: …"): found only in list-like
/// sections, where two or more " - " bullet markers on a line are a list, not dashes in prose.
/// </summary>
internal static partial class InlineBullets
{
    public static int Count(IReadOnlyList<TextLine> lines) =>
        lines.Sum(l => PlainMarker().Count(l.Text));

    /// <summary>Splits plain-text lines at bullet markers; each piece becomes a list item on its line.</summary>
    public static List<PageBlock> Split(IReadOnlyList<TextLine> lines)
    {
        var items = new List<PageBlock>();
        foreach (var line in lines)
        {
            foreach (var piece in PlainMarker().Split(line.Text))
            {
                if (piece.Trim().Length > 0)
                {
                    items.Add(new PageBlock(BlockKind.ListItem, [new TextLine(line.Line, piece.Trim())]));
                }
            }
        }
        return items;
    }

    /// <summary>Splits raw Markdown at "- **" markers and parses each piece, keeping its bold lead.</summary>
    public static IEnumerable<PageBlock> Split(string markdown, int line, MarkdownPipeline pipeline)
    {
        foreach (var piece in RawMarker().Split(markdown))
        {
            if (piece.Trim().Length == 0)
            {
                continue;
            }
            var paragraph = Markdown.Parse(piece.Trim(), pipeline).Descendants<ParagraphBlock>().FirstOrDefault();
            if (paragraph is null)
            {
                continue;
            }
            var (lines, lead) = InlineText.Flatten(paragraph.Inline, 0);
            var text = string.Join(' ', lines.Select(l => l.Text.Trim()));
            if (text.Length > 0)
            {
                yield return new PageBlock(BlockKind.ListItem, [new TextLine(line, text)], lead);
            }
        }
    }

    [GeneratedRegex(@"(?:^|\s+)-\s+(?=[\p{Lu}""“‘'\d])")]
    private static partial Regex PlainMarker();

    [GeneratedRegex(@"(?:^|\s+)-\s+(?=\*\*|__)")]
    private static partial Regex RawMarker();
}
