using Graph.Cypher.Ast;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>The running total behind sum() and avg() over durations (Neo4j aggregates durations as well as numbers).</summary>
internal sealed class DurationTotal
{
    public DurationValue Sum { get; private set; } = DurationValue.Zero;

    public long Count { get; private set; }

    public void Add(DurationValue duration, Position position)
    {
        Sum = (DurationValue)TemporalArithmetic.Apply(BinaryOperator.Add, Sum, duration, position)!;
        Count++;
    }

    public DurationValue Average(Position position) =>
        (DurationValue)TemporalArithmetic.Apply(BinaryOperator.Divide, Sum, Count, position)!;

    /// <summary>Numbers and durations do not add up together.</summary>
    public static Graph.Core.Cypher.CypherException Mixed(string function, Position position) =>
        RuntimeErrors.Type($"{function}() cannot add numbers and durations together", position);
}
