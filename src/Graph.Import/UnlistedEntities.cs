using Graph.Core.Model;

namespace Graph.Import;

/// <summary>
/// People, tools, shows, theses and (non-page) sources the rules found that the vocabulary does not declare,
/// with how many pages name them and in how many relationships (<c>graph import --report</c>), so a user can
/// promote the frequent ones into the vocabulary with their aliases.
/// </summary>
public sealed class UnlistedEntities(Vocabulary userVocabulary)
{
    private readonly Vocabulary vocabulary = Vocabulary.WithBuiltIn(userVocabulary);

    private static readonly Dictionary<string, (EntityKind Kind, string NameKey)> Listable = new(StringComparer.Ordinal)
    {
        [Labels.Person] = (EntityKind.Person, "name"),
        [Labels.Tool] = (EntityKind.Tool, "name"),
        [Labels.Organization] = (EntityKind.Organization, "name"),
        [Labels.Show] = (EntityKind.Show, "name"),
        [Labels.Thesis] = (EntityKind.Thesis, "name"),
        [Labels.Source] = (EntityKind.Source, "title"),
    };

    private readonly Dictionary<string, Tally> found = new(StringComparer.Ordinal);
    private readonly HashSet<string> pageSources = new(StringComparer.Ordinal);
    // Every person, tool and organization found, listed or not: duplicates pair an unlisted spelling with any of them.
    private readonly Dictionary<string, Tally> seen = new(StringComparer.Ordinal);

    /// <summary>One entity not in the vocabulary: the section of vocabulary.yaml it would go in, and its counts.</summary>
    public sealed record Entry(string Label, string Name, int Pages, int Relationships);

    /// <summary>Most pages first, then label and name, so the list is stable.</summary>
    public IReadOnlyList<Entry> Entries => found
        .Where(f => !pageSources.Contains(f.Key))
        .Select(f => f.Value)
        .Select(t => new Entry(t.Label, t.Name, t.Pages.Count, t.Relationships))
        .OrderByDescending(e => e.Pages)
        .ThenByDescending(e => e.Relationships)
        .ThenBy(e => e.Label, StringComparer.Ordinal)
        .ThenBy(e => e.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>A name found alone that is likely a shorter spelling of another found name of the same label ("Boris" / "Boris Cherny").</summary>
    public sealed record Duplicate(string Label, string Name, int NamePages, string LikelyOf, int LikelyOfPages);

    /// <summary>
    /// Pairs of names of one label where every word of the shorter is the first or last word of the longer: a page that
    /// calls Boris Cherny "Boris" made a second person. `graph vocabulary alias` adds the spelling to the vocabulary.
    /// </summary>
    public IReadOnlyList<Duplicate> LikelyDuplicates
    {
        get
        {
            var names = seen.Values.ToList();
            var duplicates = new List<Duplicate>();
            foreach (var shorter in seen.Where(s => found.ContainsKey(s.Key)).Select(s => s.Value))
            {
                var words = shorter.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var longer in names.Where(l => l.Label == shorter.Label && l.Name.Length > shorter.Name.Length))
                {
                    var longWords = longer.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var prefix = longWords.Take(words.Length).SequenceEqual(words, StringComparer.OrdinalIgnoreCase);
                    var suffix = longWords.TakeLast(words.Length).SequenceEqual(words, StringComparer.OrdinalIgnoreCase);
                    if (words.Length < longWords.Length && (prefix || suffix))
                    {
                        duplicates.Add(new Duplicate(shorter.Label, shorter.Name, shorter.Pages.Count, longer.Name, longer.Pages.Count));
                    }
                }
            }
            return duplicates.OrderByDescending(d => d.NamePages).ThenBy(d => d.Label, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Counts one page's facts. Sources that are pages of the wiki are not candidates: pages name themselves.</summary>
    public void Add(PageFacts facts)
    {
        var relationshipsPerNode = facts.Relationships
            .SelectMany(r => new[] { r.FromId, r.ToId })
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var described in facts.Relationships.Where(r => r.Type == RelationshipTypes.Describes))
        {
            pageSources.Add(described.ToId);
        }
        foreach (var node in facts.Nodes)
        {
            if (!Listable.TryGetValue(node.Label, out var listable) || node.Properties.GetValueOrDefault(listable.NameKey) is not string name)
            {
                continue;
            }
            if (node.Label is Labels.Person or Labels.Tool or Labels.Organization)
            {
                if (!seen.TryGetValue(node.Id, out var any))
                {
                    any = new Tally(node.Label, name);
                    seen[node.Id] = any;
                }
                any.Pages.Add(facts.Page);
            }
            if (vocabulary.Find(listable.Kind, name) is not null)
            {
                continue;
            }
            if (!found.TryGetValue(node.Id, out var tally))
            {
                tally = new Tally(node.Label, name);
                found[node.Id] = tally;
            }
            tally.Pages.Add(facts.Page);
            tally.Relationships += relationshipsPerNode.GetValueOrDefault(node.Id);
        }
    }

    private sealed class Tally(string label, string name)
    {
        public string Label { get; } = label;

        public string Name { get; } = name;

        public HashSet<string> Pages { get; } = new(StringComparer.Ordinal);

        public int Relationships { get; set; }
    }
}
