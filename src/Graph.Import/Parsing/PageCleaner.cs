using System.Text.RegularExpressions;

namespace Graph.Import.Parsing;

/// <summary>
/// Drops site chrome that pages saved from the web carry (DESIGN: the clean stage): navigation and "Skip to…" /
/// "Back to…" links, breadcrumbs, share/subscribe/sign-in/cookie text, footers, command palettes, bare timestamps,
/// tables of contents, and short lines a menu repeats. Blocks keep their own source lines, so provenance still
/// names the line a fact came from. A logo's text glued to its alt text ("Show NameShow Name") is branding: it goes too.
/// </summary>
internal static partial class PageCleaner
{
    // Short lines, repeated this often, are a menu or a footer, not content.
    private const int RepeatedLineCount = 3;
    private const int MaxRepeatedLineLength = 40;

    public static IReadOnlyList<PageSection> Clean(IReadOnlyList<PageSection> sections)
    {
        var repeated = RepeatedShortLines(sections);
        var cleaned = new List<PageSection>(sections.Count);
        foreach (var section in sections)
        {
            var blocks = section.Kind == SectionKind.Navigation ? AfterNavigation(section.Blocks) : section.Blocks;
            var kept = blocks.Select(block => Clean(block, repeated)).OfType<PageBlock>().ToList();
            cleaned.Add(section.Kind == SectionKind.Navigation
                ? section with { Kind = SectionKind.Other, Blocks = kept }
                : section with { Blocks = kept });
        }
        return cleaned;
    }

    /// <summary>Whether a whole line is site chrome rather than content.</summary>
    public static bool IsChrome(string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return false;
        }
        // Cheap looks first: most lines of a page are long prose that no chrome pattern can match.
        return (text.Length <= 60 && (ChromeLine().IsMatch(text) || IsChromeRow(text) || (text.AsSpan().ContainsAny("›»>") && Breadcrumb().IsMatch(text)) || text.Contains('←', StringComparison.Ordinal)))
            || (text.Length <= 24 && (char.IsDigit(text[0]) || text[0] is '[' or '(') && Timestamps().IsMatch(text))
            || (text.Length <= 200 && MayBeFooter(text) && Footer().IsMatch(text));
    }

    // "Share on X · Share on LinkedIn · Subscribe": a row of links, each of them chrome.
    private static bool IsChromeRow(string text) =>
        text.AsSpan().IndexOfAny(RowSeparators) >= 0
        && text.Split(RowSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts
        && parts.All(part => ChromeLine().IsMatch(part));

    private static readonly char[] RowSeparators = ['·', '|', '•'];

    private static bool MayBeFooter(string text) =>
        text.Contains('©', StringComparison.Ordinal) || text.Contains("(c)", StringComparison.OrdinalIgnoreCase)
        || text.Contains("reserved", StringComparison.OrdinalIgnoreCase) || text.Contains("cookies", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Show NameShow Name": a logo's text and its alt text run together.</summary>
    private static bool IsDoubled(string text) =>
        text.Length >= 6 && text.Length % 2 == 0 && text.AsSpan(0, text.Length / 2).SequenceEqual(text.AsSpan(text.Length / 2));

    private static PageBlock? Clean(PageBlock block, HashSet<string> repeated)
    {
        if (block.Kind is BlockKind.Code or BlockKind.Html or BlockKind.SourceLine)
        {
            return block;
        }
        var lines = new List<TextLine>(block.Lines.Count);
        foreach (var line in block.Lines)
        {
            var text = line.Text.Trim();
            if (IsChrome(text) || repeated.Contains(text) || IsDoubled(text))
            {
                continue;
            }
            lines.Add(line);
        }
        if (lines.Count == block.Lines.Count)
        {
            return block;
        }
        return lines.Count == 0 ? null : block with { Lines = lines, Lead = lines[0].Line == block.Line ? block.Lead : null };
    }

    // A table of contents lists the page's own headings: its items and short lines go; a sentence after them is content
    // again (a saved page's next heading is often a bare line that nothing marks as a heading).
    private static IReadOnlyList<PageBlock> AfterNavigation(IReadOnlyList<PageBlock> blocks)
    {
        var first = 0;
        while (first < blocks.Count && IsMenuEntry(blocks[first]))
        {
            first++;
        }
        return blocks.Skip(first).ToList();
    }

    private static bool IsMenuEntry(PageBlock block) =>
        block.Kind == BlockKind.ListItem
        || (block.Kind == BlockKind.Paragraph && block.Lines.All(l => l.Text.Trim() is var t && t.Length <= 90 && !SentenceEnd().IsMatch(t)));

    private static HashSet<string> RepeatedShortLines(IReadOnlyList<PageSection> sections)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in sections.SelectMany(s => s.Blocks).Where(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem).SelectMany(b => b.Lines))
        {
            var text = line.Text.Trim();
            if (text.Length is > 0 and <= MaxRepeatedLineLength)
            {
                counts[text] = counts.GetValueOrDefault(text) + 1;
            }
        }
        return counts.Where(c => c.Value >= RepeatedLineCount).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^(?:(?:skip|jump|go|back|return)\s+to\b.*|(?:main\s+)?menu|navigation|toggle navigation|open menu|close menu|search(?:\s*\.\.\.|…)?|share(?:\s+this(?:\s+\w+)?)?|share on \w+|copy link|subscribe(?:\s+now|\s+(?:on|to|in|via|wherever)\b.*)?|sign (?:in|up|out)|log ?in|log out|register|home|get started|member-only story|members? only|upgrade(?: to paid)?|become a member|(?:start (?:a |your )?)?free trial|try (?:it )?(?:for )?free|pricing|browse|preview|listen|command palette|open in app|get the app|read more|listen now|listen on .+|watch on .+|follow(?:\s+us)?(?:\s+(?:on|at)\b.*)?|follow(?:\s+\S+){1,2}?\s+on\s+(?-i:\p{Lu}).*|print|email|download(?:\s+\w+)?|advertisement|sponsored|loading(?:\.\.\.|…)?|accept(?:\s+all)?(?:\s+cookies)?|reject all|manage cookies|cookie (?:settings|policy|preferences)|privacy(?:\s+policy)?|terms(?:\s+of\s+(?:service|use))?|back to top|previous|next|more)[\s.↗→›»]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeLine();

    [GeneratedRegex(@"^[^›»/>|]{1,30}(?:\s*[›»>]\s*[^›»>]{1,40}){2,}$")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?(?:\s*[-–—]\s*\d{1,2}:\d{2}(?::\d{2})?)?$")]
    private static partial Regex Timestamps();

    [GeneratedRegex(@"(?:©|\(c\)\s*\d{4}|all rights reserved|we use cookies|this (?:site|website) uses cookies)", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();

    [GeneratedRegex(@"[.!?…][""”’)]?$")]
    private static partial Regex SentenceEnd();
}
