namespace Graph.Cypher.Execution.Values;

/// <summary>A node inside a running query: only its id, so property reads see the transaction's latest writes.</summary>
internal sealed record NodeRef(long Id);
