using System.Text;

namespace Graph.Import;

/// <summary>
/// Adds an alias to a vocabulary file (<c>graph vocabulary alias</c>), so the next import resolves the spelling to the
/// name: "Boris" to Boris Cherny, "Lenny" to Lenny Rachitsky. The file keeps its text and comments: a new item is added
/// at the end of its section (the section at the end of the file when it has none), and an item that repeats a name
/// merges its aliases into it. The result is parsed before it is written, and written atomically.
/// </summary>
public static class VocabularyEditor
{
    private static readonly Dictionary<string, string> SectionOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = "people",
        ["tool"] = "tools",
        ["organization"] = "organizations",
        ["show"] = "shows",
        ["thesis"] = "theses",
        ["source"] = "sources",
    };

    public static IReadOnlyCollection<string> Kinds => SectionOf.Keys;

    /// <exception cref="VocabularyException">The file is malformed (before or after the edit), or the alias already names something else.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not one of <see cref="Kinds"/>.</exception>
    public static void AddAlias(string path, string kind, string name, string alias)
    {
        if (!SectionOf.TryGetValue(kind, out var section))
        {
            throw new ArgumentException($"unknown kind '{kind}'; expected one of {string.Join(", ", SectionOf.Keys)}", nameof(kind));
        }
        var text = Path.Exists(path) ? Vocabulary.ReadText(path) : "";
        var existing = text.Length == 0 ? Vocabulary.Empty : VocabularyFile.Parse(text, path);
        var entityKind = Enum.Parse<EntityKind>(kind, ignoreCase: true);
        if (existing.Find(entityKind, alias) is { } owner && TextKey.Normalize(owner.Name) != TextKey.Normalize(name))
        {
            throw new VocabularyException(path, null, $"'{alias}' already names '{owner.Name}'");
        }
        var item = $"  - name: {Quoted(name)}\n    aliases: [{Quoted(alias)}]\n";
        var edited = Insert(text, section, item);
        VocabularyFile.Parse(edited, path);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, edited, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    // The new item goes after the section's last line (before the next top-level key), or in a new section at the end.
    private static string Insert(string text, string section, string item)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        // Organizations may sit under their older section name.
        var names = section == "organizations" ? new[] { "organizations", "companies" } : [section];
        var start = lines.FindIndex(l => names.Any(n => l.TrimEnd() == n + ":" || (l.StartsWith(n + ": ", StringComparison.Ordinal) && l.Trim().EndsWith("[]", StringComparison.Ordinal))));
        if (start < 0)
        {
            var body = string.Join('\n', lines).TrimEnd('\n');
            return (body.Length == 0 ? "" : body + "\n\n") + section + ":\n" + item;
        }
        lines[start] = lines[start].Split(':')[0] + ":";
        var end = start + 1;
        while (end < lines.Count && (lines[end].Length == 0 || char.IsWhiteSpace(lines[end][0]) || lines[end].StartsWith('#') || lines[end].StartsWith('-')))
        {
            end++;
        }
        while (end > start + 1 && lines[end - 1].Trim().Length == 0)
        {
            end--;
        }
        lines.Insert(end, item.TrimEnd('\n'));
        return string.Join('\n', lines);
    }

    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
