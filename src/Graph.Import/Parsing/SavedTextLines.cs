using System.Text.RegularExpressions;
using Graph.Import.Extraction;

namespace Graph.Import.Parsing;

/// <summary>
/// A page saved from the web as plain text (no Markdown headings or lists) keeps one HTML element per line, so a
/// paragraph's single line breaks are not wrapping: two or more lines in a row that are each one whole sentence, one
/// attributed quotation or one timed chapter were list items or pull quotes on the page. Pages written in Markdown, even with one sentence
/// per line, keep their paragraphs.
/// </summary>
internal static partial class SavedTextLines
{
    private const int MinItemWords = 5;

    /// <summary>The paragraph's lines in order, each run of element lines marked as items.</summary>
    public static IEnumerable<(IReadOnlyList<TextLine> Lines, bool AreItems)> Runs(IReadOnlyList<TextLine> lines)
    {
        var start = 0;
        while (start < lines.Count)
        {
            var end = start;
            var areItems = IsElement(lines[start].Text);
            while (end + 1 < lines.Count && IsElement(lines[end + 1].Text) == areItems)
            {
                end++;
            }
            // A single full sentence between prose lines is just prose.
            yield return (lines.Skip(start).Take(end - start + 1).ToList(), areItems && end > start);
            start = end + 1;
        }
    }

    private static bool IsElement(string text)
    {
        var line = text.Trim();
        // "(02:10) How the team replaced QA with agents": a chapter list, one chapter a line.
        if (AttributedQuote().IsMatch(line) || WikiPageParser.OpensWithChapterTime(line))
        {
            return true;
        }
        return SentenceShape().IsMatch(line)
            && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinItemWords
            && Sentences.Split(line).Count == 1;
    }

    [GeneratedRegex(@"^[\p{Lu}\d“„""'‘(].*[.!?][”""'’)]?$")]
    private static partial Regex SentenceShape();

    // "“…” — Name" or "\"…\" - Name": a quotation closed, then who said it.
    [GeneratedRegex(@"^[“„""].{10,}[”""]\s*(?:—|–|-{1,2})\s*\p{Lu}[\p{L}.'’\- ]{1,60}$")]
    private static partial Regex AttributedQuote();
}
