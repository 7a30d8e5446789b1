namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>Marks the engine's temporal values: immutable records whose ToString is Neo4j's ISO-8601 text.</summary>
internal interface ITemporalValue;
