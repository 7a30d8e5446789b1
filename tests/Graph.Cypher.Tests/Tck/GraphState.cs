using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Tck;

/// <summary>What the TCK's side effects compare: node and relationship ids, label names in use, property entries.</summary>
internal sealed record GraphState(HashSet<long> Nodes, HashSet<long> Relationships, HashSet<string> Labels, HashSet<string> Properties)
{
    public static GraphState Of(GraphSnapshot snapshot)
    {
        var properties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in snapshot.AllNodes())
        {
            foreach (var (key, value) in node.Properties)
            {
                properties.Add($"n{node.Id}.{key}={TckValueText.Of(Graph.Cypher.Execution.Values.ValueConversion.FromStored(value))}");
            }
        }
        foreach (var relationship in snapshot.AllRelationships())
        {
            foreach (var (key, value) in relationship.Properties)
            {
                properties.Add($"r{relationship.Id}.{key}={TckValueText.Of(Graph.Cypher.Execution.Values.ValueConversion.FromStored(value))}");
            }
        }
        return new GraphState(
            snapshot.AllNodes().Select(node => node.Id).ToHashSet(),
            snapshot.AllRelationships().Select(relationship => relationship.Id).ToHashSet(),
            snapshot.AllNodes().SelectMany(node => node.Labels).ToHashSet(StringComparer.Ordinal),
            properties);
    }

    /// <summary>The TCK's side-effect names (+nodes, -properties, ...) with their counts, zeros left out.</summary>
    public static Dictionary<string, long> Difference(GraphState before, GraphState after)
    {
        var effects = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["+nodes"] = after.Nodes.Except(before.Nodes).Count(),
            ["-nodes"] = before.Nodes.Except(after.Nodes).Count(),
            ["+relationships"] = after.Relationships.Except(before.Relationships).Count(),
            ["-relationships"] = before.Relationships.Except(after.Relationships).Count(),
            ["+labels"] = after.Labels.Except(before.Labels).Count(),
            ["-labels"] = before.Labels.Except(after.Labels).Count(),
            ["+properties"] = after.Properties.Except(before.Properties).Count(),
            ["-properties"] = before.Properties.Except(after.Properties).Count(),
        };
        return effects.Where(pair => pair.Value != 0).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }
}
