using System.Security.Cryptography;
using System.Text;

namespace Graph.Import;

/// <summary>
/// Declared people, tools, shows, theses, companies and sources with their aliases (samples/vocabulary.yaml).
/// Resolves a spelling found in a page to its canonical name: case, curly quotes, possessives and
/// (for people) unambiguous last names all resolve.
/// </summary>
public sealed class Vocabulary
{
    public const string FileName = "vocabulary.yaml";

    private readonly Dictionary<(EntityKind Kind, string Key), VocabularyEntry> byKey = [];
    private readonly List<VocabularyForm> forms = [];

    internal Vocabulary(IReadOnlyList<VocabularyEntry> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            foreach (var spelling in entry.Spellings)
            {
                Add(entry, spelling);
            }
        }
        AddLastNames(entries);
        forms.Sort((a, b) => b.Folded.Length != a.Folded.Length
            ? b.Folded.Length.CompareTo(a.Folded.Length)
            : string.CompareOrdinal(a.Folded, b.Folded));
        Fingerprint = ComputeFingerprint(entries);
    }

    public static Vocabulary Empty { get; } = new([]);

    /// <summary>How many names are declared.</summary>
    public int Count => Entries.Count;

    internal IReadOnlyList<VocabularyEntry> Entries { get; }

    /// <summary>Every spelling (folded), longest first, for scanning text for mentions.</summary>
    internal IReadOnlyList<VocabularyForm> Forms => forms;

    /// <summary>Changes whenever any declared name or alias changes; part of a page's import key.</summary>
    internal string Fingerprint { get; }

    /// <summary>Reads a vocabulary file; a malformed one throws <see cref="VocabularyException"/> naming the file and line.</summary>
    public static Vocabulary Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VocabularyException(path, null, $"cannot read the vocabulary: {e.Message}", e);
        }
        return VocabularyFile.Parse(text, path);
    }

    /// <summary>vocabulary.yaml in the wiki dir, else in its parent, else <see cref="Empty"/>.</summary>
    public static Vocabulary Discover(string wikiDirectory)
    {
        var directory = new DirectoryInfo(Path.GetFullPath(wikiDirectory));
        foreach (var candidate in new[] { directory, directory.Parent })
        {
            if (candidate is not null && File.Exists(Path.Combine(candidate.FullName, FileName)))
            {
                return Load(Path.Combine(candidate.FullName, FileName));
            }
        }
        return Empty;
    }

    /// <summary>This vocabulary plus more entries (a page's front matter, the wiki's page titles); same kind and name merge aliases.</summary>
    internal Vocabulary With(IEnumerable<VocabularyEntry> more)
    {
        var merged = Entries.ToList();
        foreach (var entry in more)
        {
            var index = merged.FindIndex(e => e.Kind == entry.Kind && TextKey.Normalize(e.Name) == TextKey.Normalize(entry.Name));
            if (index < 0)
            {
                merged.Add(entry);
                continue;
            }
            var existing = merged[index];
            merged[index] = existing with
            {
                Aliases = existing.Aliases.Concat(entry.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Hosts = existing.Hosts.Concat(entry.Hosts).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Affiliation = existing.Affiliation ?? entry.Affiliation,
                IsWikiPage = existing.IsWikiPage || entry.IsWikiPage,
            };
        }
        return new Vocabulary(merged);
    }

    /// <summary>The entry of <paramref name="kind"/> this spelling names, or null.</summary>
    internal VocabularyEntry? Find(EntityKind kind, string text)
    {
        var key = TextKey.Normalize(text);
        if (byKey.TryGetValue((kind, key), out var entry))
        {
            return entry;
        }
        if (kind == EntityKind.Person && byKey.TryGetValue((kind, TextKey.Normalize(TextKey.WithoutPossessive(text))), out entry))
        {
            return entry;
        }
        if (kind == EntityKind.Source && key.StartsWith("the ", StringComparison.Ordinal) && byKey.TryGetValue((kind, key[4..]), out entry))
        {
            return entry;
        }
        return kind == EntityKind.Source && byKey.TryGetValue((kind, "the " + key), out entry) ? entry : null;
    }

    /// <summary>The first kind (in <paramref name="kinds"/> order) that declares this spelling.</summary>
    internal VocabularyEntry? FindAny(string text, params ReadOnlySpan<EntityKind> kinds)
    {
        foreach (var kind in kinds)
        {
            if (Find(kind, text) is { } entry)
            {
                return entry;
            }
        }
        return null;
    }

    private void Add(VocabularyEntry entry, string spelling)
    {
        var key = TextKey.Normalize(spelling);
        if (key.Length == 0 || !byKey.TryAdd((entry.Kind, key), entry))
        {
            return;
        }
        forms.Add(new VocabularyForm(key, entry));
    }

    // "Ambrosino" names Andrew Ambrosino when no other declared person or spelling claims that word.
    private void AddLastNames(IReadOnlyList<VocabularyEntry> entries)
    {
        var candidates = entries
            .Where(e => e.Kind == EntityKind.Person)
            .Select(e => (Entry: e, Last: TextKey.Normalize(e.Name).Split(' ')[^1], Words: TextKey.Normalize(e.Name).Split(' ').Length))
            .Where(c => c.Words > 1 && c.Last.Length > 2)
            .GroupBy(c => c.Last)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single());
        var spellings = byKey.Keys.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (entry, last, _) in candidates)
        {
            if (!spellings.Contains(last))
            {
                Add(entry, last);
            }
        }
    }

    private static string ComputeFingerprint(IReadOnlyList<VocabularyEntry> entries)
    {
        var canonical = new StringBuilder();
        foreach (var entry in entries.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            canonical.Append(entry.Kind).Append('|').Append(entry.Name).Append('|')
                .AppendJoin(';', entry.Aliases).Append('|').AppendJoin(';', entry.Hosts).Append('|')
                .Append(entry.Affiliation).Append('|').Append(entry.IsWikiPage).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())))[..16];
    }
}
