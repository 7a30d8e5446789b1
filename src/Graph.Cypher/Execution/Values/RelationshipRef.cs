namespace Graph.Cypher.Execution.Values;

/// <summary>A relationship inside a running query, by id.</summary>
internal sealed record RelationshipRef(long Id);
