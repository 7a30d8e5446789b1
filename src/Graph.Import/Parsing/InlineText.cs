using System.Text;
using Markdig.Syntax.Inlines;

namespace Graph.Import.Parsing;

/// <summary>
/// Flattens Markdig inlines to plain text, one <see cref="TextLine"/> per source line: emphasis, code and
/// link text kept, markup and HTML dropped. Also finds a <c>**bold lead**</c> at the start.
/// </summary>
internal static class InlineText
{
    /// <param name="firstLine">0-based line of the block, used when an inline carries no position.</param>
    public static (IReadOnlyList<TextLine> Lines, string? Lead) Flatten(ContainerInline? inlines, int firstLine)
    {
        var lines = new SortedDictionary<int, StringBuilder>();
        if (inlines is not null)
        {
            var current = firstLine;
            Append(inlines, lines, ref current);
        }
        var result = lines
            .Select(pair => new TextLine(pair.Key + 1, pair.Value.ToString()))
            .Where(l => l.Text.Trim().Length > 0)
            .ToList();
        return (result, Lead(inlines));
    }

    private static void Append(ContainerInline container, SortedDictionary<int, StringBuilder> lines, ref int current)
    {
        foreach (var inline in container)
        {
            if (inline.Line >= current)
            {
                current = inline.Line;
            }
            switch (inline)
            {
                case LineBreakInline:
                    current++;
                    break;
                case LiteralInline literal:
                    Line(lines, current).Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    Line(lines, current).Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    Line(lines, current).Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    Line(lines, current).Append(entity.Transcoded.AsSpan());
                    break;
                case ContainerInline child:
                    Append(child, lines, ref current);
                    break;
            }
        }
    }

    private static StringBuilder Line(SortedDictionary<int, StringBuilder> lines, int line)
    {
        if (!lines.TryGetValue(line, out var builder))
        {
            builder = new StringBuilder();
            lines[line] = builder;
        }
        return builder;
    }

    private static string? Lead(ContainerInline? inlines)
    {
        var first = inlines?.FirstChild;
        while (first is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            first = first.NextSibling;
        }
        if (first is not EmphasisInline { DelimiterCount: >= 2 } strong)
        {
            return null;
        }
        var (lines, _) = Flatten(strong, strong.Line);
        var lead = string.Join(' ', lines.Select(l => l.Text.Trim())).Trim();
        return lead.Length > 0 ? lead : null;
    }
}
