using System.Globalization;
using System.Text;

namespace Graph.Bench.Import.Corpus;

/// <summary>One entity of a gold annotation: every acceptable spelling, and for people the role.</summary>
public sealed record GoldName(IReadOnlyList<string> Spellings, string? Role = null)
{
    public string Name => Spellings[0];

    /// <summary>
    /// A spelling of the gold, or, for a person, a full name whose first or last word is the gold's one-word spelling: a
    /// page that only says "Lenny" names the Lenny Rachitsky a vocabulary knows.
    /// </summary>
    public bool IsSpelledAs(string name)
    {
        if (IsExactly(name))
        {
            return true;
        }
        var key = CorpusGold.Key(name);
        var words = key.Split(' ');
        return Spellings.Select(CorpusGold.Key).Any(s => Role is not null && !s.Contains(' ', StringComparison.Ordinal) && words.Length > 1 && (words[0] == s || words[^1] == s));
    }

    /// <summary>One of the gold's spellings exactly (case and accents aside).</summary>
    public bool IsExactly(string name) => Spellings.Any(s => CorpusGold.Key(s) == CorpusGold.Key(name));
}

/// <summary>A thesis and who holds it (null for a claim nobody on the page holds).</summary>
public sealed record GoldThesis(string? Holder, string Text);

/// <summary>
/// The hand-written annotation of one ../shared/corpus page (Corpus/Gold/PATH.gold, format in Corpus/Gold/README.md):
/// its title, people with roles, organizations, tools, shows, main theses with their holders, and the names that must
/// never become people.
/// </summary>
public sealed record CorpusGold(
    string Page,
    string Split,
    IReadOnlyList<string> Titles,
    IReadOnlyList<GoldName> People,
    IReadOnlyList<GoldName> MaybePeople,
    IReadOnlyList<string> NotPeople,
    IReadOnlyList<GoldName> Organizations,
    IReadOnlyList<GoldName> Tools,
    IReadOnlyList<GoldName> MaybeTools,
    IReadOnlyList<GoldName> Shows,
    IReadOnlyList<GoldThesis> Theses,
    bool StatesPoints,
    string? Date = null)
{
    public static CorpusGold Parse(string page, string text, string file)
    {
        string? split = null;
        var titles = new List<string>();
        var people = new List<GoldName>();
        var maybePeople = new List<GoldName>();
        var notPeople = new List<string>();
        var organizations = new List<GoldName>();
        var tools = new List<GoldName>();
        var maybeTools = new List<GoldName>();
        var shows = new List<GoldName>();
        var theses = new List<GoldThesis>();
        var points = false;
        string? date = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"{file}:{lineNumber}: expected 'key: value'");
            }
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "split": split = value; break;
                case "title": titles.AddRange(Spellings(value)); break;
                case "person": people.Add(Person(value)); break;
                case "maybe-person": maybePeople.Add(new GoldName(Spellings(value), "mentioned")); break;
                case "not-person": notPeople.Add(value); break;
                case "organization": organizations.Add(new GoldName(Spellings(value))); break;
                case "tool": tools.Add(new GoldName(Spellings(value))); break;
                case "maybe-tool": maybeTools.Add(new GoldName(Spellings(value))); break;
                case "show": shows.Add(new GoldName(Spellings(value))); break;
                case "holds":
                    var parts = value.Split("::", 2, StringSplitOptions.TrimEntries);
                    if (parts.Length != 2)
                    {
                        throw new FormatException($"{file}:{lineNumber}: expected 'holds: Person :: thesis'");
                    }
                    theses.Add(new GoldThesis(parts[0], parts[1]));
                    break;
                case "claim": theses.Add(new GoldThesis(null, value)); break;
                case "points": points = value == "yes"; break;
                case "date": date = value; break;
                default: throw new FormatException($"{file}:{lineNumber}: unknown key '{key}'");
            }
        }
        if (split is not ("dev" or "test") || titles.Count == 0)
        {
            throw new FormatException($"{file}: needs 'split: dev|test' and at least one 'title:'");
        }
        return new CorpusGold(page, split, titles, people, maybePeople, notPeople, organizations, tools, maybeTools, shows, theses, points, date);
    }

    private static GoldName Person(string value)
    {
        var parts = value.Split(';', 2, StringSplitOptions.TrimEntries);
        var role = parts.Length == 2 && parts[1].StartsWith("role:", StringComparison.Ordinal) ? parts[1][5..].Trim() : null;
        return new GoldName(Spellings(parts[0]), role);
    }

    private static List<string> Spellings(string value) =>
        value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Case, accents, curly quotes, possessives, "Dr." and punctuation folded away: how spellings compare.</summary>
    public static string Key(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘')
            {
                continue;
            }
            key.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = key.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] is "dr" or "prof" or "mr" or "ms" or "mrs")
        {
            words.RemoveAt(0);
        }
        if (words.Count > 0 && words[^1].EndsWith('s') && text.TrimEnd().EndsWith("'s", StringComparison.Ordinal) | text.TrimEnd().EndsWith("’s", StringComparison.Ordinal))
        {
            words[^1] = words[^1][..^1];
        }
        return string.Join(' ', words);
    }
}
