namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>The five instant types, each with its constructor function of the same name.</summary>
internal enum TemporalKind
{
    Date,
    LocalTime,
    Time,
    LocalDateTime,
    DateTime,
}
