using System.Text.RegularExpressions;

namespace Graph.Import.Parsing;

/// <summary>
/// Points written as headings: "### 1. Taste is the scarce skill" under "## Key insights", or a page whose sections
/// are numbered statements ("## 1. Distribution beats the model", "## 2. …", "## 3. …"): each heading states a point
/// and the prose under it explains it.
/// </summary>
internal static partial class HeadingPoints
{
    /// <summary>The rule that reads a run of numbered headings as the page's points.</summary>
    public const string NumberedRule = "numbered-headings";

    /// <summary>The rule that reads a run of headings opening with a chapter time as the page's points.</summary>
    public const string ChapterRule = "chapter-headings";

    /// <summary>The rule that reads a run of headings that are statements as the page's points.</summary>
    public const string StatementRule = "statement-headings";

    /// <summary>The rule that reads the headings under a points heading as its points.</summary>
    public const string SubheadingRule = "heading-points";

    private const int MinRun = 3;
    private const int MinChapters = 2;
    private const int MinPointWords = 4;
    private const int MaxBareHeadingLength = 80;

    /// <summary>"1. Taste…", "#2 Taste…", "Insight 3: Taste…" -> "Taste…".</summary>
    public static string WithoutNumber(string heading) => Enumerator().Match(heading) is { Success: true } m && m.Length < heading.Length ? heading[m.Length..] : heading;

    /// <summary>
    /// A line of text saved without markup that reads as a heading: short, opening in a capital, not ending as a sentence
    /// does, after a finished sentence (or first), and over a sentence that opens in a capital.
    /// </summary>
    public static bool IsBareHeading(string line, string? previous, string? next) =>
        line.Length is >= 8 and <= MaxBareHeadingLength && (char.IsUpper(line[0]) || char.IsDigit(line[0])) && !EndsLikeText(line)
        && Words(line) >= 2 && (previous is null || EndsLikeText(previous.TrimEnd())) && next?.TrimStart() is { Length: > 0 } body && char.IsUpper(body[0]);

    private static bool EndsLikeText(string line) => line.Length > 0 && ".!?:;,…\"”’)".Contains(line[^1], StringComparison.Ordinal);

    /// <summary>A heading of a few words ("Hiring", "About the guest") names a group, not a point.</summary>
    public static bool IsLabel(string heading) => Words(heading) < MinPointWords;

    /// <summary>
    /// On a page with no points heading, three or more sibling sections numbered 1, 2, 3… whose headings are mostly
    /// statements are its points: each heading becomes a point that leads its section, and lists under it are its parts.
    /// </summary>
    public static IReadOnlyList<PageSection> PromoteNumbered(List<PageSection> sections, List<int> levels)
    {
        if (sections.Any(s => s.Kind is SectionKind.KeyTakeaways or SectionKind.KeyPoints))
        {
            return sections;
        }
        var result = sections.ToList();
        for (var start = 0; start < sections.Count;)
        {
            var end = start;
            while (end < sections.Count && levels[end] > 0 && levels[end] == levels[start] && Number(sections[end].Name) == end - start + 1)
            {
                end++;
            }
            var run = sections.Skip(start).Take(end - start).ToList();
            if (run.Count >= MinRun && run.Count(s => !IsLabel(WithoutNumber(s.Name))) * 2 >= run.Count)
            {
                for (var i = start; i < end; i++)
                {
                    result[i] = Promoted(sections[i]);
                }
            }
            start = Math.Max(end, start + 1);
        }
        return result;
    }

    /// <summary>
    /// "### [08:12] Generative UI replaces templates", "### [31:05] Distribution beats model quality": sibling headings that
    /// open with the time their chapter plays are the episode's chapters, and each states what the chapter argues. Points
    /// headings nested under them (a chapter's own "Summary") do not stop this; one beside them does.
    /// </summary>
    public static List<PageSection> PromoteChapters(List<PageSection> sections, List<int> levels)
    {
        var timed = Enumerable.Range(0, sections.Count).Where(i => levels[i] > 0 && WikiPageParser.OpensWithChapterTime(sections[i].Name)).ToList();
        if (timed.Count < MinChapters || timed.Select(i => levels[i]).Distinct().Count() != 1)
        {
            return sections;
        }
        var level = levels[timed[0]];
        var pointsBeside = Enumerable.Range(0, sections.Count)
            .Any(i => sections[i].Kind is SectionKind.KeyTakeaways or SectionKind.KeyPoints && !(i > timed[0] && levels[i] > level));
        if (pointsBeside)
        {
            return sections;
        }
        var result = sections.ToList();
        foreach (var i in timed)
        {
            result[i] = Promoted(sections[i], WikiPageParser.WithoutChapterTime(sections[i].Name), ChapterRule);
        }
        return result;
    }

    /// <summary>
    /// An essay or talk write-up headed by its claims: on a page with no points heading, three or more sibling headings in
    /// a row of four words or more, not questions and not stock section names, two in three of them statements ("## Chat
    /// is a bad default"). Each states a point that leads its section. Headings that ask or name ("## Why this matters", "## What
    /// comes next") break the run.
    /// </summary>
    public static List<PageSection> PromoteStatements(List<PageSection> sections, List<int> levels)
    {
        if (sections.Any(s => s.Kind is SectionKind.KeyTakeaways or SectionKind.KeyPoints))
        {
            return sections;
        }
        var result = sections.ToList();
        for (var start = 0; start < sections.Count;)
        {
            var end = start;
            while (end < sections.Count && levels[end] > 0 && levels[end] == levels[start] && sections[end].Kind == SectionKind.Other && MayStatePoint(sections[end].Name))
            {
                end++;
            }
            var run = sections.Skip(start).Take(end - start).ToList();
            if (run.Count >= MinRun && run.Count(s => Statements.IsStatement(s.Name)) * 3 >= run.Count * 2)
            {
                for (var i = start; i < end; i++)
                {
                    result[i] = Promoted(sections[i], sections[i].Name, StatementRule);
                }
            }
            start = Math.Max(end, start + 1);
        }
        return result;
    }

    // A heading of a point's length that neither asks nor names a stock section; two in three of a run must be statements.
    private static bool MayStatePoint(string heading) =>
        !IsLabel(heading) && !heading.TrimEnd().EndsWith('?') && !Asking().IsMatch(heading) && !SectionNames.IsStock(heading);

    // "What is missing", "Where we are now", "How it works": a heading that asks names a topic, whatever verb it has.
    [GeneratedRegex(@"(?i)^(?:what|why|how|where|when|who|which|whether)\b")]
    private static partial Regex Asking();

    private static PageSection Promoted(PageSection section) => Promoted(section, WithoutNumber(section.Name), NumberedRule);

    private static PageSection Promoted(PageSection section, string point, string rule)
    {
        var blocks = section.Blocks.Select(b => b.Kind == BlockKind.ListItem ? b with { Depth = b.Depth + 1 } : b).ToList();
        if (!IsLabel(point))
        {
            blocks.Insert(0, new PageBlock(BlockKind.ListItem, [new TextLine(section.Line, point)], Lead: point));
        }
        return section with { Kind = SectionKind.KeyPoints, Blocks = blocks, PointsRule = rule };
    }

    /// <summary>Whether a heading is numbered as one of a run ("1. …", "Lesson 2: …").</summary>
    public static bool IsNumbered(string heading) => Number(heading) > 0;

    /// <summary>"Lesson 2: Plans go stale": a heading that numbers one point and states it, not a section of points.</summary>
    public static bool IsNumberedPoint(string heading) =>
        Enumerator().Match(heading) is { Success: true } m && m.Groups["word"].Success && m.Length < heading.Length && Number(m) > 0;

    private static int Number(string heading) => Number(Enumerator().Match(heading));

    // The number of a numbered heading ("1. …", "2) …", "#3 …", "Lesson 4: …"), or 0; a word before the number must name a
    // point ("Chapter 2", "Part 3" and "Step 4" number parts of a story, not claims).
    private static int Number(Match m) =>
        m.Success && (!m.Groups["word"].Success || PointWords.Contains(m.Groups["word"].Value)) && int.TryParse(m.Groups["n"].ValueSpan, out var n) ? n : 0;

    private static readonly HashSet<string> PointWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "lesson", "insight", "takeaway", "rule", "principle", "idea", "point", "truth", "law", "thesis", "claim", "prediction", "belief",
    };

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // "1. ", "2) ", "3: ", "#4 ", "5 – ", and with a word before the number: "Insight 1: ", "Lesson #2 – ".
    [GeneratedRegex(@"^(?:(?<word>\p{Lu}\p{Ll}+)\s+)?(?:#(?<n>\d{1,2})(?:[.):]|\s+[-–—])?|(?<n>\d{1,2})(?:[.):]|\s+[-–—]))\s+(?=\S)")]
    private static partial Regex Enumerator();
}
