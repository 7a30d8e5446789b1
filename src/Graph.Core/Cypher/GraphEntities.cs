namespace Graph.Core.Cypher;

/// <summary>A node as returned by a query. ElementId is backend-assigned and opaque.</summary>
public sealed record CypherNode(
    string ElementId,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties)
{
    public object? this[string key] => Properties.TryGetValue(key, out var value) ? value : null;
}

/// <summary>A relationship as returned by a query.</summary>
public sealed record CypherRelationship(
    string ElementId,
    string Type,
    string StartElementId,
    string EndElementId,
    IReadOnlyDictionary<string, object?> Properties)
{
    public object? this[string key] => Properties.TryGetValue(key, out var value) ? value : null;
}

/// <summary>Alternating nodes and relationships: Nodes.Count == Relationships.Count + 1.</summary>
public sealed record CypherPath(
    IReadOnlyList<CypherNode> Nodes,
    IReadOnlyList<CypherRelationship> Relationships);
