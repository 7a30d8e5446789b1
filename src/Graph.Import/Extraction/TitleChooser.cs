using System.Text.RegularExpressions;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction;

/// <summary>
/// Picks the title of a page saved from the web, which has no <c># Title</c>: the most title-like line near the top,
/// once chrome is gone (<see cref="PageCleaner"/>). A line scores for being the length of a title, capitalized like
/// one, not a sentence, not metadata (dates, durations, read times, bylines), written in the <c>Title | Show</c> or
/// <c>Person: Title</c> forms, near the top, and above all for sharing its words with the page's URL or file name,
/// which sites and people build from the title. Null when no line reads as a title.
/// </summary>
internal static partial class TitleChooser
{
    private const int CandidateLines = 12;
    private const int MaxTitleLength = 160;
    private const double MinScore = 1.5;
    private const int LongTitleWords = 12;

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "are",
        "vs", "via", "into", "about", "how", "what", "why", "when", "it", "its", "it's", "s", "t",
    };

    public static string? Choose(WikiPage page, string pagePath, string? url)
    {
        var chosen = Best(page, pagePath, url);
        return chosen is null ? null : SitePrefix().Replace(chosen, "");
    }

    /// <summary>
    /// "The End of Prompt Engineering | Latent Space | PodNotes" -> "The End of Prompt Engineering": a web page's title
    /// names its show and site after bars, in a few words each; the first part, of three words or more, is the title.
    /// </summary>
    public static string WithoutSiteNames(string title)
    {
        var parts = title.Split(" | ", StringSplitOptions.TrimEntries);
        return parts.Length > 1 && Words(parts[0]).Count >= 3 && parts.Skip(1).All(p => Words(p).Count is > 0 and <= MaxSiteNameWords) ? parts[0] : title;
    }

    private const int MaxSiteNameWords = 4;

    /// <summary>The words of a page address's last descriptive segment, as a title of last resort ("the-ai-tsunami-is-here").</summary>
    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }
        var segment = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .LastOrDefault(s => s.Count(c => c is '-' or '_') >= 3);
        return segment is null ? null : Path.GetFileNameWithoutExtension(segment).Replace('-', ' ').Replace('_', ' ');
    }

    private static string? Best(WikiPage page, string pagePath, string? url)
    {
        var hints = HintWords(pagePath, url);
        string? best = null;
        var bestScore = MinScore;
        var index = 0;
        foreach (var line in Candidates(page))
        {
            // A page that opens on a quotation is titled by it only when its address or file name says so.
            var quoted = line[0] is '"' or '“' or '„';
            var text = TrailingTags().Replace(quoted ? QuotedOpening(line) : line, "");
            var score = Score(text, hints) - (0.25 * index++) - (quoted ? 1 : 0);
            if (score > bestScore)
            {
                best = text;
                bestScore = score;
            }
        }
        return best;
    }

    // "“Every agent needs a human. The further …": the quotation's first sentence.
    private static string QuotedOpening(string line)
    {
        var sentences = Sentences.Split(line.TrimStart('"', '“', '„'));
        var first = sentences.Count > 0 ? sentences[0].Text : "";
        return first.TrimEnd('"', '”', '.', '!', '?').Trim();
    }

    // The first lines of the intro, one candidate a line, and the headings of the first sections: any but a stock
    // section name, since "Five lessons from Maria Okafor" heads both the page and its points.
    private static IEnumerable<string> Candidates(WikiPage page)
    {
        var lines = page.Intro.Blocks
            .Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Quote)
            .SelectMany(b => b.Lines)
            .Select(l => (l.Line, Text: l.Text.Trim()))
            .Concat(page.Sections.Skip(1).Where(s => s.Kind == SectionKind.Other || (s.Kind is SectionKind.KeyPoints && !SectionNames.IsStock(s.Name))).Select(s => (s.Line, Text: s.Name)))
            .Where(l => l.Text.Length > 0)
            .OrderBy(l => l.Line)
            .Take(CandidateLines);
        return lines.Select(l => l.Text);
    }

    private static double Score(string text, HashSet<string> hints)
    {
        if (text.Length is < 4 or > MaxTitleLength || PageCleaner.IsChrome(text) || "\"“”'‘’«".Contains(text[0], StringComparison.Ordinal))
        {
            return double.MinValue;
        }
        var words = Words(text);
        if (words.Count < 2)
        {
            return double.MinValue;
        }
        var score = 1.0;
        if (text.Length is >= 15 and <= 130 && words.Count >= 4)
        {
            score += 1;
        }
        else if (words.Count == 2)
        {
            score -= 2; // two words name something (a site, a show, a person), not an episode or an essay
        }
        if (".;,:".Contains(text[^1], StringComparison.Ordinal) || InnerSentenceBreak().IsMatch(text))
        {
            score -= 2;
        }
        if (char.IsLower(text[0]))
        {
            score -= 2;
        }
        if (IsMetadata(text))
        {
            score -= 3;
        }
        // Each is its own sign of body text: an outline's number, a citation marker, a transcript's turn.
        score -= 2 * new[] { OutlineNumber().IsMatch(text), Citation().IsMatch(text), SpeakerTurn().IsMatch(text) }.Count(sign => sign);
        var content = words.Where(w => !SmallWords.Contains(w)).ToList();
        if (content.Count > 0 && content.Count(w => char.IsUpper(w[0]) || char.IsDigit(w[0])) >= 0.6 * content.Count)
        {
            score += 1;
        }
        else if (words.Count > LongTitleWords && !TitleForm().IsMatch(text))
        {
            score -= 1.5; // a long line in sentence case is prose, even cut off before its full stop
        }
        if (TitleForm().IsMatch(text))
        {
            score += 0.5;
        }
        if (hints.Count > 0 && content.Count > 0)
        {
            var shared = content.Select(w => w.ToLowerInvariant()).Distinct().Count(hints.Contains);
            // A descriptive address that shares no word with a line says the line is not the title.
            score += shared == 0 && hints.Count >= 5 ? -2 : 5.0 * shared / Math.Max(3, content.Count);
        }
        return score;
    }

    /// <summary>Whether a line is what sites print around a title: a date, a duration, a byline, a labelled field.</summary>
    public static bool IsMetadata(string text) => Metadata().IsMatch(text) || MetadataLabel().IsMatch(text) || WrittenDate.Days(text).Any();

    private static List<string> Words(string text) => WordPattern().Matches(text).Select(m => WithoutApostrophes(m.Value)).ToList();

    // "Anthropic's" and a URL's "anthropics" are one word.
    private static string WithoutApostrophes(string word) => word.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);

    // The words of the file name and of the URL's path: "how-anthropics-product-team" -> how, anthropics, product, team.
    private static HashSet<string> HintWords(string pagePath, string? url)
    {
        var hints = new HashSet<string>(StringComparer.Ordinal);
        var file = Path.GetFileNameWithoutExtension(pagePath.Split('/')[^1]);
        var path = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath + " " + uri.Query : "";
        foreach (Match word in WordPattern().Matches(file + " " + path))
        {
            var key = WithoutApostrophes(word.Value.ToLowerInvariant());
            if (!SmallWords.Contains(key) && key.Length > 1)
            {
                hints.Add(key);
            }
        }
        return hints;
    }

    // Summary sites title their page after the source: "Overview of X", "Summary of X", "Notes on X".
    [GeneratedRegex(@"^(?:overview|summary|recap|notes|transcript|highlights|takeaways|key takeaways) (?:of|on|from)\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex SitePrefix();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex WordPattern();

    // "… ends. Another starts", but not "feat. Maria" or "Dr. Okafor".
    [GeneratedRegex(@"\b(?!(?i:feat|ft|vs|dr|mr|mrs|ms|st|jr|sr|prof)\.)\p{L}*\p{Ll}[.!?]\s+\p{Lu}")]
    private static partial Regex InnerSentenceBreak();

    // Durations, read times, bylines and counters are what sites print around a title, never the title (and dates: WrittenDate).
    [GeneratedRegex(@"(?:^by\s|\b(?:summarized|summarised|written|posted|published|organized|organised|curated|generated|transcribed|edited|produced|presented) by\b|·|\b\d+\s*(?:min|mins|minutes|hr|hrs|hours?|h|m|s)\b(?:\s*read)?|^\d[\d,.:\s]*$|\bread time\b|[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]]|\bepisode\s*#?\d+\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Metadata();

    // "Speakers: …", "Duration: …": a page's metadata, labelled.
    [GeneratedRegex(@"^(?:source|url source|url|title|published time|markdown content|type|format|speakers?|guests?|hosts?|authors?|duration|length|runtime|date|published|updated|tags?|categor(?:y|ies)|topics?|show|channel|series|episode|read time|language|status)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex MetadataLabel();

    // "1.1. What is X?" opens a section of an outline, not the page.
    [GeneratedRegex(@"^\d+(?:\.\d+)*[.)]\s")]
    private static partial Regex OutlineNumber();

    // "TOMAS REYES: Why weekly?": a transcript's turn.
    [GeneratedRegex(@"^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s*:")]
    private static partial Regex SpeakerTurn();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Citation();

    // "… the full episode. #ai #product": a post's tags are not part of any title, and the line is what is left.
    [GeneratedRegex(@"(?:\s+#[\p{L}\d_]+)+\s*$")]
    private static partial Regex TrailingTags();

    [GeneratedRegex(@"\s[|–—]\s|^\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){0,3}:\s|\s(?:on|with|ft\.?|feat\.?)\s\p{Lu}")]
    private static partial Regex TitleForm();
}
