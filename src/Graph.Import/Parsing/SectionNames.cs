namespace Graph.Import.Parsing;

/// <summary>
/// Recognizes section names, whether written as <c>## Key Takeaways</c> or as a bare line "Key Takeaways"
/// (pages exported to text). Bare lines count only when they are one of these known names.
/// </summary>
internal static class SectionNames
{
    private static readonly Dictionary<string, SectionKind> Known = new(StringComparer.Ordinal)
    {
        ["key takeaways"] = SectionKind.KeyTakeaways,
        ["takeaways"] = SectionKind.KeyTakeaways,
        ["key points"] = SectionKind.KeyTakeaways,
        ["key ideas"] = SectionKind.KeyTakeaways,
        ["claims"] = SectionKind.KeyTakeaways,
        ["why it matters"] = SectionKind.WhyItMatters,
        ["why this matters"] = SectionKind.WhyItMatters,
        ["why it matters here"] = SectionKind.WhyItMatters,
        ["related"] = SectionKind.Related,
        ["related notes"] = SectionKind.Related,
        ["related pages"] = SectionKind.Related,
        ["see also"] = SectionKind.Related,
        ["try it"] = SectionKind.TryIt,
        ["try this"] = SectionKind.TryIt,
        ["open questions"] = SectionKind.OpenQuestions,
        ["questions"] = SectionKind.OpenQuestions,
        ["key insights"] = SectionKind.KeyPoints,
        ["key insight"] = SectionKind.KeyPoints,
        ["insights"] = SectionKind.KeyPoints,
        ["main points"] = SectionKind.KeyPoints,
        ["main ideas"] = SectionKind.KeyPoints,
        ["big ideas"] = SectionKind.KeyPoints,
        ["highlights"] = SectionKind.KeyPoints,
        ["key highlights"] = SectionKind.KeyPoints,
        ["lessons"] = SectionKind.KeyPoints,
        ["key lessons"] = SectionKind.KeyPoints,
        ["lessons learned"] = SectionKind.KeyPoints,
        ["main takeaways"] = SectionKind.KeyPoints,
        ["key takeaway"] = SectionKind.KeyPoints,
        ["top takeaways"] = SectionKind.KeyPoints,
        ["tl;dr"] = SectionKind.KeyPoints,
        ["tldr"] = SectionKind.KeyPoints,
        ["summary"] = SectionKind.KeyPoints,
        ["the gist"] = SectionKind.KeyPoints,
        ["gist"] = SectionKind.KeyPoints,
        ["in a nutshell"] = SectionKind.KeyPoints,
        ["bottom line"] = SectionKind.KeyPoints,
        ["the bottom line"] = SectionKind.KeyPoints,
        ["what stood out"] = SectionKind.KeyPoints,
        ["table of contents"] = SectionKind.Navigation,
        ["contents"] = SectionKind.Navigation,
        ["on this page"] = SectionKind.Navigation,
        ["in this article"] = SectionKind.Navigation,
        ["in this post"] = SectionKind.Navigation,
        ["jump to"] = SectionKind.Navigation,
        ["key quotes"] = SectionKind.Other,
        ["quotes"] = SectionKind.Other,
        ["notes"] = SectionKind.Other,
        ["topics covered"] = SectionKind.Other,
        ["appears in"] = SectionKind.Other,
        ["extraction"] = SectionKind.Other,
        ["tools"] = SectionKind.Other,
        ["tools mentioned"] = SectionKind.Other,
        ["links"] = SectionKind.Other,
        ["resources"] = SectionKind.Other,
        ["references"] = SectionKind.Other,
        ["show notes"] = SectionKind.Other,
    };

    /// <summary>The kind of a heading's text; unknown headings are <see cref="SectionKind.Other"/>.</summary>
    /// <remarks>"Lesson 2: Plans go stale" states one point (<see cref="HeadingPoints.IsNumberedPoint"/>): it is no section of them.</remarks>
    public static SectionKind Classify(string heading) =>
        Key(heading) is var key && Known.TryGetValue(key, out var kind) ? kind
        : NamesPoints(key) && !HeadingPoints.IsNumberedPoint(heading.Trim()) ? SectionKind.KeyPoints : SectionKind.Other;

    // "5 takeaways from my chat with Cat", "What I learned", "Lessons from a year of agents", "What stood out to me": a
    // heading that says its section holds points, in whatever words around it.
    private static readonly HashSet<string> PointWords = new(StringComparer.Ordinal)
    {
        "takeaway", "takeaways", "lesson", "lessons", "insights", "highlights", "learnings", "learned", "learnt",
        "themes", "arguments", "findings", "conclusions", "predictions", "principles", "ideas", "observations", "claims", "moments",
    };

    private static bool NamesPoints(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 && (words.Any(PointWords.Contains) || key.Contains("key points", StringComparison.Ordinal)
            || key.Contains("main points", StringComparison.Ordinal) || key.Contains("big ideas", StringComparison.Ordinal) || key.Contains("key ideas", StringComparison.Ordinal)
            || key.Contains("stood out", StringComparison.Ordinal));
    }

    /// <summary>Whether a heading is one of the stock section names ("Summary", "Key takeaways"), not a line that merely mentions points.</summary>
    public static bool IsStock(string heading) => Known.ContainsKey(Key(heading));

    /// <summary>Whether a whole line is a known section name (so a bare line can act as a heading).</summary>
    /// <remarks>"Top 10 takeaways I learned from this episode" on a line of its own heads a section of points too.</remarks>
    public static bool IsKnown(string line) =>
        line.Length <= 60 && Key(line) is var key && ((line.Length <= 40 && Known.ContainsKey(key)) || (!line.TrimEnd().EndsWith('.') && NamesPoints(key)));

    // Longest first, so "Key takeaways" wins over "Key"; sorted once, as every heading asks.
    private static readonly string[] KnownLongestFirst = [.. Known.Keys.OrderByDescending(n => n.Length)];

    /// <summary>
    /// A heading that starts with a known name and then carries content on the same line
    /// ("Key takeaways - **A**: …"): the name's length, or 0.
    /// </summary>
    public static int KnownPrefixLength(string heading)
    {
        foreach (var name in KnownLongestFirst)
        {
            if (heading.Length <= name.Length + 2 || !heading.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var rest = heading[name.Length..];
            if (rest.StartsWith(':') || (rest.StartsWith(' ') && rest.TrimStart().StartsWith("- ", StringComparison.Ordinal)))
            {
                return name.Length;
            }
        }
        return 0;
    }

    // Headings often open with an emoji or a number ("🤖 Key insights", "3. Lessons"): only the words count.
    private static string Key(string text)
    {
        var key = TextKey.Normalize(text).TrimEnd(':').TrimEnd();
        var start = 0;
        while (start < key.Length && !char.IsLetter(key[start]))
        {
            start++;
        }
        return key[start..];
    }
}
