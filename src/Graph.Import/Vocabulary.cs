using System.Security.Cryptography;
using System.Text;
using Graph.Import.Files;

namespace Graph.Import;

/// <summary>
/// Declared people, tools, shows, theses, companies and sources with their aliases (samples/vocabulary.yaml).
/// Resolves a spelling found in a page to its canonical name: case, curly quotes, possessives and
/// (for people) unambiguous last names all resolve. <see cref="With"/> puts more names in a layer on top
/// instead of rebuilding: a page's own names sit on the wiki's catalog of thousands of titles at the cost
/// of the page's names only. A layer's spellings shadow the same spellings below it.
/// </summary>
public sealed class Vocabulary
{
    public const string FileName = "vocabulary.yaml";

    private readonly Vocabulary? below;
    private readonly Dictionary<(EntityKind Kind, string Key), VocabularyEntry> byKey = [];
    private readonly Dictionary<(EntityKind Kind, string Name), int> byName = [];
    private readonly HashSet<string> maskedLastNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> givenLastNames = new(StringComparer.Ordinal);
    // This layer's people per last name; the layers below add theirs (LastNameCount), so a layer never copies them.
    private readonly Dictionary<string, int> lastNameCounts = new(StringComparer.Ordinal);
    private readonly List<VocabularyForm> forms = [];
    private readonly Dictionary<string, List<VocabularyForm>> formsBySpelling = new(StringComparer.Ordinal);
    private readonly List<VocabularyForm> irregularForms = [];

    // Every regular spelling cut after each of its words: a scan stops extending a run of words once it is none of these.
    private readonly HashSet<string> spellingPrefixes = new(StringComparer.Ordinal);
    // Made once: asking the sets for a span lookup checks their comparer every time, and scans ask per word.
    private readonly Dictionary<string, List<VocabularyForm>>.AlternateLookup<ReadOnlySpan<char>> formsBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> prefixesBySpan;

    internal Vocabulary(IReadOnlyList<VocabularyEntry> entries)
        : this(entries, null)
    {
    }

    private Vocabulary(IReadOnlyList<VocabularyEntry> entries, Vocabulary? below)
    {
        this.below = below;
        Entries = entries;
        formsBySpan = formsBySpelling.GetAlternateLookup<ReadOnlySpan<char>>();
        prefixesBySpan = spellingPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < entries.Count; i++)
        {
            byName.TryAdd((entries[i].Kind, TextKey.Normalize(entries[i].Name)), i);
            foreach (var spelling in entries[i].Spellings)
            {
                Add(entries[i], spelling);
            }
        }
        AddLastNames(entries);
        forms.Sort((a, b) => b.Folded.Length != a.Folded.Length
            ? b.Folded.Length.CompareTo(a.Folded.Length)
            : string.CompareOrdinal(a.Folded, b.Folded));
        foreach (var form in forms)
        {
            var words = Words(form.Folded);
            if (words == 0 || !char.IsLetterOrDigit(form.Folded[0]) || !char.IsLetterOrDigit(form.Folded[^1]))
            {
                irregularForms.Add(form);
            }
            else if (formsBySpelling.TryGetValue(form.Folded, out var list))
            {
                list.Add(form);
            }
            else
            {
                formsBySpelling[form.Folded] = [form];
                MaxWords = Math.Max(MaxWords, words);
                AddPrefixes(form.Folded);
            }
        }
        Count = entries.Count + (below?.Count ?? 0);
    }

    public static Vocabulary Empty { get; } = new([]);

    private static readonly Lazy<IReadOnlyList<VocabularyEntry>> BuiltInEntries = new(() =>
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream("Graph.Import.Lexicon.builtin-vocabulary.yaml")
            ?? throw new InvalidOperationException("The built-in vocabulary is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return VocabularyFile.Parse(reader.ReadToEnd(), "builtin-vocabulary.yaml").Entries;
    });

    /// <summary>
    /// <paramref name="user"/> over the built-in vocabulary of widely known AI products and companies
    /// (Lexicon/builtin-vocabulary.yaml): an entry the user declares by the same kind and name extends the built-in one,
    /// and a built-in entry any of whose spellings the user gives to something else is left out: the user's word wins.
    /// </summary>
    public static Vocabulary WithBuiltIn(Vocabulary user)
    {
        var userEntries = user.Layers.SelectMany(layer => layer.Entries).ToList();
        var named = userEntries.Select(e => (e.Kind, TextKey.Normalize(e.Name))).ToHashSet();
        var declared = userEntries.SelectMany(e => e.Spellings).Select(TextKey.Normalize).ToHashSet(StringComparer.Ordinal);
        // The same thing by the same name adds what the user says (aliases, hosts) to what is built in (makes); a spelling
        // the user gives to anything else takes the built-in entry out.
        var merged = userEntries.Select(e => BuiltInEntries.Value.FirstOrDefault(b => b.Kind == e.Kind && TextKey.Normalize(b.Name) == TextKey.Normalize(e.Name)) is { } builtIn
            ? Merge(e, builtIn with { Aliases = [.. builtIn.Aliases.Where(a => !declared.Contains(TextKey.Normalize(a)))] })
            : e);
        var others = BuiltInEntries.Value.Where(b => !named.Contains((b.Kind, TextKey.Normalize(b.Name))) && !b.Spellings.Any(s => declared.Contains(TextKey.Normalize(s))));
        return new Vocabulary([.. merged, .. others]);
    }

    /// <summary>How many names are declared (in this layer and those below).</summary>
    public int Count { get; }

    /// <summary>This layer's entries.</summary>
    internal IReadOnlyList<VocabularyEntry> Entries { get; }

    /// <summary>This layer first, then the layers below it; made once, as a scan of every text reads it.</summary>
    internal Vocabulary[] Layers => field ??= [this, .. below?.Layers ?? []];

    /// <summary>Changes whenever any declared name or alias changes; part of a page's import key.</summary>
    /// <remarks>Computed when first asked: a page's own small layers are made by the thousand and never asked.</remarks>
    internal string Fingerprint => field ??= ComputeFingerprint(Entries, below?.Fingerprint);

    /// <summary>The most words (runs of letters and digits) in one of this layer's regular spellings.</summary>
    internal int MaxWords { get; }

    /// <summary>This layer's spellings that are exactly <paramref name="text"/> (folded), in the layer's order.</summary>
    internal IReadOnlyList<VocabularyForm> FormsSpelled(ReadOnlySpan<char> text) =>
        formsBySpan.TryGetValue(text, out var list) ? list : [];

    /// <summary>Whether some regular spelling of this layer is <paramref name="text"/> (folded, ending a word) or goes on after it.</summary>
    internal bool StartsSpelling(ReadOnlySpan<char> text) => prefixesBySpan.Contains(text);

    /// <summary>This layer's spellings that do not start and end with a letter or digit (scanned by plain search).</summary>
    internal IReadOnlyList<VocabularyForm> IrregularForms => irregularForms;

    /// <summary>Whether this layer hides the spelling <paramref name="key"/> of <paramref name="kind"/> in the layers below.</summary>
    internal bool Shadows(EntityKind kind, string key) =>
        byKey.ContainsKey((kind, key)) || (kind == EntityKind.Person && maskedLastNames.Contains(key));

    private void AddPrefixes(string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (char.IsLetterOrDigit(folded[i]) && (i + 1 == folded.Length || !char.IsLetterOrDigit(folded[i + 1])))
            {
                spellingPrefixes.Add(folded[..(i + 1)]);
            }
        }
    }

    private static int Words(string text)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                words++;
            }
        }
        return words;
    }

    /// <summary>Reads a vocabulary file; a malformed one throws <see cref="VocabularyException"/> naming the file and line.</summary>
    public static Vocabulary Load(string path)
    {
        return VocabularyFile.Parse(ReadText(path), path);
    }

    // Far above any real vocabulary (10,000 entries with aliases are about 1 MiB), far below what harms the process.
    private const int MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>The text of a vocabulary file: a regular file (not a pipe or a device) of at most 64 MiB, UTF-8 unless a BOM says otherwise.</summary>
    /// <exception cref="VocabularyException">The file cannot be read, or is not a regular file, or is too large.</exception>
    internal static string ReadText(string path)
    {
        byte[]? bytes;
        try
        {
            if (!RegularFile.TryRead(path, MaxFileBytes, "vocabulary", out bytes, out var refusal))
            {
                throw new VocabularyException(path, null, refusal);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VocabularyException(path, null, $"cannot read the vocabulary: {e.Message}", e);
        }
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>vocabulary.yaml in the wiki dir, else in its parent, else <see cref="Empty"/>.</summary>
    public static Vocabulary Discover(string wikiDirectory) => DiscoverPath(wikiDirectory) is { } path ? Load(path) : Empty;

    /// <summary>The file <see cref="Discover"/> reads: vocabulary.yaml in the wiki dir, else in its parent; null when neither has one.</summary>
    public static string? DiscoverPath(string wikiDirectory)
    {
        var directory = new DirectoryInfo(Path.GetFullPath(wikiDirectory));
        return new[] { directory, directory.Parent }
            .Where(candidate => candidate is not null)
            .Select(candidate => Path.Combine(candidate!.FullName, FileName))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// This vocabulary plus more entries (a page's front matter, the wiki's page titles), as a layer on top; an
    /// entry with the kind and name of one already declared merges its aliases into it.
    /// </summary>
    internal Vocabulary With(IEnumerable<VocabularyEntry> more)
    {
        // Adding to a layer replaces the layer (it is small); adding to a root stacks a new layer on it.
        var (baseLayer, merged) = below is not null && Entries.Count < 256 ? (below, Entries.ToList()) : (this, new List<VocabularyEntry>());
        var index = new Dictionary<(EntityKind, string), int>();
        for (var i = 0; i < merged.Count; i++)
        {
            index.TryAdd((merged[i].Kind, TextKey.Normalize(merged[i].Name)), i);
        }
        var changed = false;
        foreach (var entry in more)
        {
            var key = (entry.Kind, TextKey.Normalize(entry.Name));
            if (!index.TryGetValue(key, out var at))
            {
                var existing = baseLayer.Named(entry.Kind, key.Item2);
                var combined = existing is null ? entry : Merge(existing, entry);
                if (existing is not null && Same(existing, combined))
                {
                    continue;
                }
                index[key] = merged.Count;
                merged.Add(combined);
                changed = true;
                continue;
            }
            var next = Merge(merged[at], entry);
            changed |= !Same(merged[at], next);
            merged[at] = next;
        }
        return changed ? new Vocabulary(merged, baseLayer) : this;
    }

    private static VocabularyEntry Merge(VocabularyEntry existing, VocabularyEntry entry) => existing with
    {
        Aliases = existing.Aliases.Concat(entry.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        Hosts = existing.Hosts.Concat(entry.Hosts).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        Affiliation = existing.Affiliation ?? entry.Affiliation,
        Makes = existing.Makes.Concat(entry.Makes).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        IsWikiPage = existing.IsWikiPage || entry.IsWikiPage,
    };

    private static bool Same(VocabularyEntry a, VocabularyEntry b) =>
        a.Name == b.Name && a.Aliases.SequenceEqual(b.Aliases) && a.Hosts.SequenceEqual(b.Hosts) && a.Affiliation == b.Affiliation && a.Makes.SequenceEqual(b.Makes) && a.IsWikiPage == b.IsWikiPage;

    /// <summary>The entry declared with this kind and normalized name, in the topmost layer that has it.</summary>
    private VocabularyEntry? Named(EntityKind kind, string normalizedName)
    {
        for (var layer = this; layer is not null; layer = layer.below)
        {
            if (layer.byName.TryGetValue((kind, normalizedName), out var i))
            {
                return layer.Entries[i];
            }
        }
        return null;
    }

    /// <summary>The entry a normalized spelling names, in the topmost layer that declares or hides it.</summary>
    private VocabularyEntry? Lookup(EntityKind kind, string key)
    {
        // Walked by hand, not through Layers: lookups run for every candidate name on every page.
        for (var layer = this; layer is not null; layer = layer.below)
        {
            if (layer.byKey.TryGetValue((kind, key), out var entry))
            {
                return entry;
            }
            if (kind == EntityKind.Person && layer.maskedLastNames.Contains(key))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The entry of <paramref name="kind"/> this spelling names, or null.</summary>
    internal VocabularyEntry? Find(EntityKind kind, string text)
    {
        var key = TextKey.Normalize(text);
        if (Lookup(kind, key) is { } entry)
        {
            return entry;
        }
        if (kind == EntityKind.Person && Lookup(kind, TextKey.Normalize(TextKey.WithoutPossessive(text))) is { } person)
        {
            return person;
        }
        if (kind == EntityKind.Source && key.StartsWith("the ", StringComparison.Ordinal) && Lookup(kind, key[4..]) is { } source)
        {
            return source;
        }
        return kind == EntityKind.Source ? Lookup(kind, "the " + key) : null;
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

    // Two-letter words that are words before they are surnames: "He said" never means Jane He. Li, Ng or Wu alone do
    // name Fei-Fei Li, Andrew Ng and Cat Wu.
    private static readonly HashSet<string> ShortWords = new(StringComparer.Ordinal)
    {
        "he", "it", "me", "we", "us", "so", "no", "go", "do", "to", "in", "on", "at", "by", "of", "or", "an", "as", "if", "is",
        "up", "my", "ai", "ok", "tv", "ui", "ux", "pm", "vc", "ml", "jr", "sr", "ii", "iv", "vi",
    };

    // "Ambrosino" names Andrew Ambrosino when no other declared person (in any layer) or spelling claims that word.
    // A layer whose person makes a last name ambiguous hides the last name a layer below gave out.
    private void AddLastNames(IReadOnlyList<VocabularyEntry> entries)
    {
        var people = entries
            .Where(e => e.Kind == EntityKind.Person && below?.Named(EntityKind.Person, TextKey.Normalize(e.Name)) is null)
            .Select(e => (Entry: e, Words: TextKey.Normalize(e.Name).Split(' ')))
            .Where(c => c.Words.Length > 1 && (c.Words[^1].Length > 2 || (c.Words[^1].Length == 2 && !ShortWords.Contains(c.Words[^1]))))
            .Select(c => (c.Entry, Last: c.Words[^1]))
            .ToList();
        foreach (var (_, last) in people)
        {
            lastNameCounts[last] = lastNameCounts.GetValueOrDefault(last) + 1;
            if (LastNameCount(last) == 2 && below is not null && below.Layers.Any(layer => layer.givenLastNames.Contains(last)))
            {
                maskedLastNames.Add(last);
            }
        }
        foreach (var (entry, last) in people.Where(p => LastNameCount(p.Last) == 1))
        {
            if (!byKey.Keys.Any(k => k.Key == last) && !Enum.GetValues<EntityKind>().Any(kind => below?.Lookup(kind, last) is not null))
            {
                Add(entry, last);
                givenLastNames.Add(last);
            }
        }
    }

    /// <summary>Declared people with this last name, in this layer and those below.</summary>
    private int LastNameCount(string last)
    {
        var count = 0;
        for (var layer = this; layer is not null; layer = layer.below)
        {
            count += layer.lastNameCounts.GetValueOrDefault(last);
        }
        return count;
    }

    private static string ComputeFingerprint(IReadOnlyList<VocabularyEntry> entries, string? below)
    {
        var canonical = new StringBuilder(below).Append('\n');
        foreach (var entry in entries.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            canonical.Append(entry.Canonical()).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())))[..16];
    }
}
