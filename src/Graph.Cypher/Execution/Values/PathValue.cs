namespace Graph.Cypher.Execution.Values;

/// <summary>A path inside a running query: node ids and the relationship ids between them (Nodes = Relationships + 1).</summary>
internal sealed class PathValue(IReadOnlyList<long> nodes, IReadOnlyList<long> relationships) : IEquatable<PathValue>
{
    public IReadOnlyList<long> Nodes { get; } = nodes;

    public IReadOnlyList<long> Relationships { get; } = relationships;

    public int Length => Relationships.Count;

    public bool Equals(PathValue? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    public override bool Equals(object? obj) => Equals(obj as PathValue);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var id in Nodes)
        {
            hash.Add(id);
        }
        foreach (var id in Relationships)
        {
            hash.Add(~id);
        }
        return hash.ToHashCode();
    }
}
