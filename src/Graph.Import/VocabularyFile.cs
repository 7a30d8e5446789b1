using YamlDotNet.RepresentationModel;

namespace Graph.Import;

/// <summary>
/// The vocabulary.yaml format: top-level lists <c>people</c>, <c>tools</c>, <c>shows</c>, <c>theses</c>,
/// <c>organizations</c> (or <c>companies</c>), <c>sources</c>; each item a name or a map with <c>name</c>, <c>aliases</c>
/// (and <c>hosts</c> for shows, <c>affiliation</c> for people, <c>makes</c> for organizations: the tools they make).
/// </summary>
internal static class VocabularyFile
{
    private static readonly Dictionary<string, EntityKind> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = EntityKind.Person,
        ["tools"] = EntityKind.Tool,
        ["shows"] = EntityKind.Show,
        ["theses"] = EntityKind.Thesis,
        ["organizations"] = EntityKind.Organization,
        ["companies"] = EntityKind.Organization,
        ["sources"] = EntityKind.Source,
    };

    public static Vocabulary Parse(string text, string file)
    {
        try
        {
            var root = YamlText.LoadMapping(text.TrimStart('\uFEFF'), firstLine: 1);
            if (root is null)
            {
                return Vocabulary.Empty;
            }
            var entries = new List<VocabularyEntry>();
            var seen = new Dictionary<(EntityKind, string), string>();
            foreach (var (keyNode, value) in root.Children)
            {
                var key = YamlText.Key(keyNode, 1);
                if (!Sections.TryGetValue(key, out var kind))
                {
                    throw new YamlTextException(YamlText.LineOf(keyNode, 1),
                        $"unknown section '{key}'; expected one of {string.Join(", ", Sections.Keys)}");
                }
                foreach (var (entry, line) in ReadSection(kind, key, value))
                {
                    CheckUnique(entry, line, seen);
                    entries.Add(entry);
                }
            }
            return new Vocabulary(MergeRepeated(entries));
        }
        catch (YamlTextException e)
        {
            throw new VocabularyException(file, e.Line, e.Message, e);
        }
    }

    private static IEnumerable<(VocabularyEntry Entry, int Line)> ReadSection(EntityKind kind, string key, YamlNode value)
    {
        if (value is YamlScalarNode { Value: null or "" })
        {
            yield break;
        }
        if (value is not YamlSequenceNode items)
        {
            throw new YamlTextException(YamlText.LineOf(value, 1), $"'{key}' must be a list");
        }
        foreach (var item in items)
        {
            yield return (ReadEntry(kind, key, item), YamlText.LineOf(item, 1));
        }
    }

    private static VocabularyEntry ReadEntry(EntityKind kind, string section, YamlNode item)
    {
        if (item is YamlScalarNode)
        {
            var name = YamlText.Scalar(item, section, 1)
                ?? throw new YamlTextException(YamlText.LineOf(item, 1), $"empty name in '{section}'");
            return new VocabularyEntry(kind, name, []);
        }
        if (item is not YamlMappingNode map)
        {
            throw new YamlTextException(YamlText.LineOf(item, 1), $"items of '{section}' must be a name or a map with 'name'");
        }
        string? entryName = null;
        string? affiliation = null;
        IReadOnlyList<string> aliases = [];
        IReadOnlyList<string> hosts = [];
        IReadOnlyList<string> makes = [];
        foreach (var (keyNode, value) in map.Children)
        {
            var key = YamlText.Key(keyNode, 1);
            switch (key.ToLowerInvariant())
            {
                case "name": entryName = YamlText.Scalar(value, key, 1); break;
                case "aliases": aliases = YamlText.Strings(value, key, 1); break;
                case "hosts" when kind == EntityKind.Show: hosts = YamlText.Strings(value, key, 1); break;
                case "affiliation" when kind == EntityKind.Person: affiliation = YamlText.Scalar(value, key, 1); break;
                case "makes" when kind == EntityKind.Organization: makes = YamlText.Strings(value, key, 1); break;
                default:
                    throw new YamlTextException(YamlText.LineOf(keyNode, 1), $"unknown key '{key}' in an item of '{section}'");
            }
        }
        if (entryName is null)
        {
            throw new YamlTextException(YamlText.LineOf(item, 1), $"an item of '{section}' has no 'name'");
        }
        return new VocabularyEntry(kind, entryName, aliases) { Hosts = hosts, Affiliation = affiliation, Makes = makes };
    }

    // An item that repeats a name (as `graph vocabulary alias` appends) adds to the first item of that name.
    private static List<VocabularyEntry> MergeRepeated(List<VocabularyEntry> entries)
    {
        var merged = new List<VocabularyEntry>(entries.Count);
        var at = new Dictionary<(EntityKind, string), int>();
        foreach (var entry in entries)
        {
            var key = (entry.Kind, TextKey.Normalize(entry.Name));
            if (!at.TryGetValue(key, out var index))
            {
                at[key] = merged.Count;
                merged.Add(entry);
                continue;
            }
            var first = merged[index];
            merged[index] = first with
            {
                Aliases = first.Aliases.Concat(entry.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Hosts = first.Hosts.Concat(entry.Hosts).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Makes = first.Makes.Concat(entry.Makes).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Affiliation = first.Affiliation ?? entry.Affiliation,
            };
        }
        return merged;
    }

    // Two entries of one kind sharing a spelling would make resolution depend on file order.
    private static void CheckUnique(VocabularyEntry entry, int line, Dictionary<(EntityKind, string), string> seen)
    {
        foreach (var spelling in entry.Spellings)
        {
            var key = (entry.Kind, TextKey.Normalize(spelling));
            if (seen.TryGetValue(key, out var owner) && owner != entry.Name)
            {
                throw new YamlTextException(line, $"'{spelling}' names both '{owner}' and '{entry.Name}'");
            }
            seen[key] = entry.Name;
        }
    }
}
