namespace Graph.Cypher.Tests.Storage;

/// <summary>
/// The obvious, slow reference for the store: plain mutable collections, cloned per transaction. The
/// property test runs the same operations on both and compares everything observable.
/// </summary>
internal sealed class StoreModel
{
    public SortedDictionary<long, ModelNode> Nodes { get; } = [];

    public SortedDictionary<long, ModelRelationship> Relationships { get; } = [];

    /// <summary>Whether the unique index on A.k exists.</summary>
    public bool UniqueOnAk { get; set; }

    public StoreModel Clone()
    {
        var copy = new StoreModel { UniqueOnAk = UniqueOnAk };
        foreach (var (id, node) in Nodes)
        {
            copy.Nodes.Add(id, new ModelNode(id, new SortedSet<string>(node.Labels, StringComparer.Ordinal), new Dictionary<string, object>(node.Properties)));
        }
        foreach (var (id, relationship) in Relationships)
        {
            copy.Relationships.Add(id, relationship);
        }
        return copy;
    }

    public bool HasRelationships(long nodeId) =>
        Relationships.Values.Any(r => r.StartId == nodeId || r.EndId == nodeId);

    /// <summary>Another A node whose k equals this value numerically, if any.</summary>
    public long? Conflict(long nodeId, object? value, bool hasA)
    {
        if (!UniqueOnAk || !hasA || value is null)
        {
            return null;
        }
        foreach (var node in Nodes.Values)
        {
            if (node.Id != nodeId && node.Labels.Contains("A") && node.Properties.TryGetValue("k", out var other) && NumericEquals(other, value))
            {
                return node.Id;
            }
        }
        return null;
    }

    public bool HasDuplicateAk()
    {
        var values = Nodes.Values
            .Where(n => n.Labels.Contains("A") && n.Properties.ContainsKey("k"))
            .Select(n => Convert.ToDouble(n.Properties["k"], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        return values.Distinct().Count() != values.Count;
    }

    public static bool NumericEquals(object a, object b) =>
        Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed record ModelNode(long Id, SortedSet<string> Labels, Dictionary<string, object> Properties);

internal sealed record ModelRelationship(long Id, string Type, long StartId, long EndId);
