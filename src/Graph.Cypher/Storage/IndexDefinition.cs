namespace Graph.Cypher.Storage;

/// <summary>A uniqueness constraint (which is also an index) or a plain property index, on Label.Property.</summary>
public sealed record IndexDefinition(string Name, string Label, string Property, bool Unique)
{
    /// <summary>Same schema (label, property, uniqueness), whatever the name.</summary>
    public bool IsEquivalentTo(IndexDefinition other) =>
        string.Equals(Label, other.Label, StringComparison.Ordinal)
        && string.Equals(Property, other.Property, StringComparison.Ordinal)
        && Unique == other.Unique;
}
