using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace Graph.Import.Parsing;

/// <summary>
/// Lists flattened onto one line by text exports ("- **A**: … - **B**: …", "1) A. 2) B."): found only in list-like
/// sections, where two or more " - " bullet markers on a line are a list, not dashes in prose, and numbers count as
/// markers only when they count up from 1.
/// </summary>
internal static partial class InlineBullets
{
    public static int Count(IReadOnlyList<TextLine> lines) =>
        lines.Sum(l => PlainMarker().Count(l.Text) is var dashes and > 0 ? dashes : CountedMarkers(l.Text).Count);

    /// <summary>Splits plain-text lines at bullet markers; each piece becomes a list item on its line.</summary>
    public static List<PageBlock> Split(IReadOnlyList<TextLine> lines)
    {
        var items = new List<PageBlock>();
        foreach (var line in lines)
        {
            foreach (var piece in PlainMarker().IsMatch(line.Text) ? PlainMarker().Split(line.Text) : SplitCounted(line.Text))
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

    // "1) A. 2) B. 3) C.": the markers numbered 1, 2, 3… in order; a stray "grew by 5. The…" is no marker.
    private static List<Match> CountedMarkers(string text)
    {
        var markers = new List<Match>();
        foreach (Match marker in NumberMarker().Matches(text))
        {
            if (int.Parse(marker.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) == markers.Count + 1)
            {
                markers.Add(marker);
            }
        }
        return markers.Count >= 2 ? markers : [];
    }

    private static IEnumerable<string> SplitCounted(string text)
    {
        var markers = CountedMarkers(text);
        if (markers.Count == 0)
        {
            yield return text;
            yield break;
        }
        yield return text[..markers[0].Index];
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            yield return text[start..(i + 1 < markers.Count ? markers[i + 1].Index : text.Length)];
        }
    }

    [GeneratedRegex(@"(?:^|\s+)-\s+(?=[\p{Lu}""“‘'\d])")]
    private static partial Regex PlainMarker();

    [GeneratedRegex(@"(?:^|\s+)(?<n>\d{1,2})[.)]\s+(?=[\p{Lu}""“‘'])")]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"(?:^|\s+)-\s+(?=\*\*|__)")]
    private static partial Regex RawMarker();
}
