using Graph.Core.Model;
using Graph.Testing;

namespace Graph.Import.Tests.Extraction;

/// <summary>
/// A hand-written expected graph of one sample page (Gold/PAGE.gold): "Label: name" node lines and
/// "from -TYPE-> to" relationship lines. Nodes compare by id (Quotes by their text), relationships by type and
/// ends, PAIRS_WITH in either direction.
/// </summary>
internal sealed record GoldAnnotation(string Page, IReadOnlySet<(string Label, string Key)> Nodes, IReadOnlySet<string> Relationships)
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Graph.Import.Tests", "Gold");

    public static GoldAnnotation Load(string page)
    {
        var path = Path.Combine(Folder, page + ".gold");
        var nodes = new HashSet<(string, string)>();
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var arrow = line.IndexOf(" -", StringComparison.Ordinal);
            var end = arrow < 0 ? -1 : line.IndexOf("-> ", arrow, StringComparison.Ordinal);
            if (end > 0)
            {
                var from = Resolve(line[..arrow]);
                var type = line[(arrow + 2)..end];
                var to = Resolve(line[(end + 3)..]);
                relationships.Add(RelationshipKey(type, from, to));
                continue;
            }
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 || !Labels.All.Contains(line[..colon]))
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'Label: name' or 'from -TYPE-> to'");
            }
            var label = line[..colon];
            var name = line[(colon + 2)..];
            var key = NodeKey(label, name);
            nodes.Add((label, key));
            if (!byName.TryAdd(name, key))
            {
                throw new FormatException($"{path}:{lineNumber}: '{name}' is declared twice");
            }
        }
        return new GoldAnnotation(page, nodes, relationships);

        string Resolve(string name) => byName.TryGetValue(name.Trim(), out var key)
            ? key
            : throw new FormatException($"{path}:{lineNumber}: '{name.Trim()}' is not declared by a node line above");
    }

    /// <summary>The comparison key of an extracted node: its id, or for a Quote the slug of its text.</summary>
    public static string NodeKey(NodeFact node) => node.Label == Labels.Quote ? NodeKey(Labels.Quote, (string)node.Properties["text"]!) : node.Id;

    /// <summary>The id the importer gives a node of this label and name (Practice and Question ids are cut, as the rule cuts them).</summary>
    public static string NodeKey(string label, string name) =>
        label is Labels.Practice or Labels.Question ? Graph.Import.Extraction.Rules.ItemNodesRule.IdFor(label, name) : NodeIds.For(label, name);

    public static string RelationshipKey(string type, string from, string to) =>
        type == RelationshipTypes.PairsWith && string.CompareOrdinal(from, to) > 0 ? $"{to} {type} {from}" : $"{from} {type} {to}";
}
