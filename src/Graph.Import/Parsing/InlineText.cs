using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace Graph.Import.Parsing;

/// <summary>
/// Flattens Markdig inlines to plain text, one <see cref="TextLine"/> per source line: emphasis, code and
/// link text kept, markup and HTML dropped. Also finds a <c>**bold lead**</c> at the start.
/// </summary>
internal static partial class InlineText
{
    /// <param name="firstLine">0-based line of the block, used when an inline carries no position.</param>
    public static (IReadOnlyList<TextLine> Lines, string? Lead) Flatten(ContainerInline? inlines, int firstLine)
    {
        var lines = new LineCollector();
        if (inlines is not null)
        {
            var current = firstLine;
            Append(inlines, lines, ref current);
        }
        return (lines.Finish(), Lead(inlines));
    }

    // The current line only moves forward (an inline's own line when it is further on, or a line break), so the
    // text is built one line at a time, in order.
    private static void Append(ContainerInline container, LineCollector lines, ref int current)
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
                    lines.Append(current, literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    lines.Append(current, code.Content);
                    break;
                case AutolinkInline autolink:
                    lines.Append(current, autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    lines.Append(current, entity.Transcoded.AsSpan());
                    break;
                case ContainerInline child:
                    Append(child, lines, ref current);
                    break;
            }
        }
    }

    /// <summary>Text per 0-based line, appended in line order; lines of only whitespace are left out.</summary>
    private sealed class LineCollector
    {
        private readonly List<TextLine> _lines = [];
        private readonly StringBuilder _text = new();
        private int _line = -1;

        public void Append(int line, ReadOnlySpan<char> text)
        {
            if (line != _line)
            {
                Flush();
                _line = line;
            }
            _text.Append(text);
        }

        public List<TextLine> Finish()
        {
            Flush();
            return _lines;
        }

        private void Flush()
        {
            if (_text.Length > 0)
            {
                var text = _text.ToString();
                if (text.Contains("[[", StringComparison.Ordinal))
                {
                    text = WikiLink().Replace(text, "${target}");
                }
                if (text.Contains("==", StringComparison.Ordinal))
                {
                    text = Highlight().Replace(text, "${text}");
                }
                if (text.Contains("[!", StringComparison.Ordinal))
                {
                    text = Callout().Replace(text, match => match.Groups["title"].Length > 0 ? match.Groups["title"].Value.TrimEnd(':') + ":" : "");
                }
                if (!string.IsNullOrWhiteSpace(text))
                {
                    _lines.Add(new TextLine(_line + 1, text));
                }
                _text.Clear();
            }
        }
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

    // "[[Oskar Lindgren]]", "[[people/Boris Cherny|Boris]]", "[[Zed#Setup]]": a wiki's link to another note reads as the
    // note's name, the fullest name the page gives (an alias is only how the sentence says it).
    [GeneratedRegex(@"!?\[\[(?:[^\]|#]*/)?(?<target>[^\]|#/]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]")]
    private static partial Regex WikiLink();

    // "==Energy is the constraint==": a note's highlight reads as its words (HighlightRule reads what was highlighted).
    [GeneratedRegex(@"==(?<text>[^=\s](?:[^=]*[^=\s])?)==")]
    private static partial Regex Highlight();

    // "> [!tip] Key idea" opens a callout: its title labels what follows ("Key idea: …"); one with no title adds nothing.
    [GeneratedRegex(@"^\s*\[!\w+\][+\-]?\s*(?<title>.*?)\s*$")]
    private static partial Regex Callout();
}
