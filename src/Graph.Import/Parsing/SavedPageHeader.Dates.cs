using System.Text.RegularExpressions;

namespace Graph.Import.Parsing;

/// <summary>
/// When the page's source was published, as its top says: labelled metadata ("Published Time: …", "Date: …",
/// article:published_time, datePublished), else a "published (on) …" phrase (a note's Source line, a byline run into
/// the site's name: "marsbitPublished on 2026-02-02"), else a day standing as a field of its own in the header (alone on
/// its line, between separators, after a wide gap, or run into the next field). A day labelled as an update, an edit or
/// a visit is never the publication date; nor is one inside a sentence. Last, the day a permalink spells
/// (https://example.org/2026/02/15/title/), as blogs and news sites write their addresses.
/// </summary>
internal static partial class SavedPageHeader
{
    public static WrittenDate? Date(WikiPage page)
    {
        var lines = DateLines(page);
        return Labelled(lines) ?? Published(lines) ?? Field(lines) ?? Permalink(page.FrontMatter?.Url?.Name ?? page.Url);
    }

    private static WrittenDate? Permalink(string? url) =>
        url is not null && PermalinkDay().Match(url) is { Success: true } match ? WrittenDate.Read(match.Groups["day"].Value.Replace('/', '-')) : null;

    // Every section's first lines: a saved page's header often sits under (or is read as) a bare heading line.
    private static List<(string Text, BlockKind Kind)> DateLines(WikiPage page) => page.Sections
        .SelectMany(section => section.Blocks)
        .Where(block => block.Kind is BlockKind.Paragraph or BlockKind.Html or BlockKind.ListItem or BlockKind.SourceLine)
        .SelectMany(block => block.Lines.Where(line => line.Line <= HeaderLines).Select(line => (line.Text.Trim(), block.Kind)))
        .ToList();

    private static WrittenDate? Labelled(List<(string Text, BlockKind Kind)> lines)
    {
        foreach (var pattern in new[] { DateLabel(), PublishedMeta() })
        {
            foreach (var (text, _) in lines)
            {
                if (pattern.Match(text) is { Success: true } match && ValueDate(match.Groups["value"].Value) is { } date)
                {
                    return date;
                }
            }
        }
        return null;
    }

    // A label's value is the date alone ("March 2025" too), or a day the value starts with ("2025-03-05 · 5 min read").
    private static WrittenDate? ValueDate(string value) => WrittenDate.Read(value) ?? WrittenDate.DayAt(value.Trim(), 0)?.Date;

    private static WrittenDate? Published(List<(string Text, BlockKind Kind)> lines)
    {
        foreach (var (text, kind) in lines)
        {
            if (kind == BlockKind.Html)
            {
                continue;
            }
            foreach (Match cue in PublishedCue().Matches(text))
            {
                var end = cue.Index + cue.Length;
                if ((WrittenDate.DayAt(text, end)?.Date ?? MonthAt(text, end)) is { } date)
                {
                    return date;
                }
            }
        }
        return null;
    }

    // "published in March 2025": the month a phrase gives, as the page words it.
    private static WrittenDate? MonthAt(string text, int start) =>
        MonthOrYearAt().Match(text, start) is { Success: true } match ? WrittenDate.Read(match.Value) : null;

    private static WrittenDate? Field(List<(string Text, BlockKind Kind)> lines)
    {
        foreach (var (text, kind) in lines)
        {
            if (kind is not BlockKind.Paragraph)
            {
                continue;
            }
            foreach (var (date, start) in WrittenDate.Days(text))
            {
                if (StandsAlone(text, start))
                {
                    return date;
                }
            }
        }
        return null;
    }

    // Alone at the start of its line, after a separator ("| April 23, 2026 |", "· 2026-05-22") or after a wide gap
    // ("TIER 5   2026-04-02"), the way a header sets its fields apart; never after a label such as "Updated".
    private static bool StandsAlone(string text, int start)
    {
        var before = text[..start];
        var trimmed = before.TrimEnd();
        return trimmed.Length == 0
            || (trimmed[^1] is '|' or '·' or '•' or '∙' or '—' or '–' && !NotPublished().IsMatch(trimmed))
            || before.EndsWith("  ", StringComparison.Ordinal) || before.EndsWith('\t');
    }

    // "Published Time: …" (readers' exports), "Date: …", "Published on: …", "Release date: …"; an outliner's "date:: …".
    [GeneratedRegex(@"^(?:published\s+time|published(?:\s+(?:on|at|date))?|date\s+published|publication\s+date|publish\s+date|release\s+date|released(?:\s+on)?|air\s+date|aired(?:\s+on)?|posted(?:\s+on)?|date)\s*::?\s*(?<value>\S.{3,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    // A page saved whole: <meta property="article:published_time" content="…">, itemprop or JSON-LD datePublished.
    [GeneratedRegex(@"(?:(?:property|name|itemprop)=[""'](?:article:published_time|datePublished|date)[""'][^>]*(?:content|datetime)=[""']|""datePublished""\s*:\s*"")(?<value>[^""'<]{4,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedMeta();

    // "published 2026-06-08", "(published June 8, 2026)", "Published on …", run into a site's name ("marsbitPublished").
    [GeneratedRegex(@"(?:(?<!\p{L})[Pp]|(?<=\p{Ll})P)ublished(?:\s+(?:on|in))?\s*:?\s*")]
    private static partial Regex PublishedCue();

    // Only as the end of a phrase or a field: "published 2000 posts" gives no year.
    [GeneratedRegex(@"\G(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+)?\d{4}(?=\s*(?:[.,;:)\]|·•∙—–]|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthOrYearAt();

    [GeneratedRegex(@"^https?://[^/?#]+(?:/[^/?#]+)*?/(?<day>(?:19|20)\d{2}/[01]\d/[0-3]\d)(?:[/?#]|$)")]
    private static partial Regex PermalinkDay();

    [GeneratedRegex(@"\b(?:updated|modified|edited|revised|accessed|retrieved|visited|saved|clipped|created)\b[^|·•∙—–]*[|·•∙—–]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotPublished();
}
