using System.Text.RegularExpressions;

namespace Graph.Import.Extraction;

/// <summary>
/// The parts of a <c>Source: file (url) — show kind with person, role</c> line. Any part may be missing.
/// <see cref="Connector"/> is the word before the people ("with", "by", "featuring", "hosted by").
/// </summary>
internal sealed partial record SourceLine(
    string? File,
    string? Url,
    string? Show,
    string? Kind,
    string? Connector,
    IReadOnlyList<string> People,
    string? Role)
{
    private static readonly string[] Separators = [" — ", " – ", " -- ", " - "];

    public static SourceLine Parse(string line)
    {
        var text = line.Trim();
        text = text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        var (head, description) = SplitAtDash(text);
        string? file = null;
        string? url = null;
        var headMatch = Head().Match(head);
        if (headMatch.Success && (headMatch.Groups["url"].Success || LooksLikeFile(headMatch.Groups["file"].Value)))
        {
            file = headMatch.Groups["file"].Value;
            url = headMatch.Groups["url"].Success ? headMatch.Groups["url"].Value.Trim() : null;
        }
        else if (description is null)
        {
            description = head;
        }
        return description is null ? new SourceLine(file, url, null, null, null, [], null) : Describe(file, url, description.Trim().TrimEnd('.'));
    }

    private static SourceLine Describe(string? file, string? url, string description)
    {
        // The kind is the last kind word before the people ("Lenny’s Podcast interview with …" is an interview
        // on Lenny’s Podcast); a capitalized "Podcast" with nothing after it belongs to the show's name.
        var connector = ConnectorWord().Match(description);
        var limit = connector.Success ? connector.Index : description.Length;
        var kindMatch = KindWord().Matches(description).LastOrDefault(m => m.Index < limit);
        string? show;
        string? kind;
        int afterKind;
        if (kindMatch is null)
        {
            show = description[..limit];
            kind = null;
            afterKind = limit;
        }
        else if (kindMatch.Value == "Podcast")
        {
            show = description[..(kindMatch.Index + kindMatch.Length)];
            kind = "episode";
            afterKind = kindMatch.Index + kindMatch.Length;
        }
        else
        {
            show = description[..kindMatch.Index];
            kind = kindMatch.Value.ToLowerInvariant();
            afterKind = kindMatch.Index + kindMatch.Length;
        }
        show = Article().Replace(show.Trim().Trim(',', ':').Trim(), "");
        if (kind is null && !connector.Success)
        {
            return new SourceLine(file, url, null, null, null, [], null);
        }
        var after = description[afterKind..];
        var people = PeopleClause().Match(after);
        if (!people.Success)
        {
            return new SourceLine(file, url, NullIfEmpty(show), kind, null, [], null);
        }
        var names = NameSplit().Split(people.Groups["names"].Value)
            .Select(n => n.Trim())
            .Where(n => n.Length > 0)
            .ToList();
        var role = after[(people.Index + people.Length)..].Trim().TrimStart(',', ';').Trim();
        return new SourceLine(file, url, NullIfEmpty(show), kind,
            people.Groups["connector"].Value.ToLowerInvariant(), names, NullIfEmpty(role));
    }

    private static (string Head, string? Description) SplitAtDash(string text)
    {
        foreach (var separator in Separators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (text[..at].Trim(), text[(at + separator.Length)..].Trim());
            }
        }
        return (text, null);
    }

    private static bool LooksLikeFile(string token) =>
        token.Contains('/', StringComparison.Ordinal) || token.Contains('_', StringComparison.Ordinal) || FileExtension().IsMatch(token);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"^(?<file>\S+)(?:\s*\((?<url>[^)]*)\))?\s*$")]
    private static partial Regex Head();

    [GeneratedRegex(@"\.(md|txt|pdf|html?|vtt|srt|json)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();

    [GeneratedRegex(@"\b(fireside chat|blog post|interview|conversation|episode|podcast|talk|keynote|lecture|panel|essay|post|article|paper|newsletter|video|thread|memo|review)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindWord();

    [GeneratedRegex(@"\b(?i:hosted by|featuring|with|by)\s+\p{Lu}")]
    private static partial Regex ConnectorWord();

    [GeneratedRegex(@"^(a|an|the)(\s+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    // "with Andrew Ambrosino", "by Boris Cherny and Cat Wu": names run until punctuation or "at/on/about …".
    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?(?<connector>hosted by|featuring|with|by|from)\s+(?<names>[^,;()—–]+?)(?=\s+(?:at|on|about|for|in|of|from)\s|\s*[,;()—–]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleClause();

    [GeneratedRegex(@"\s+(?:and|&)\s+|\s*,\s*")]
    private static partial Regex NameSplit();
}
