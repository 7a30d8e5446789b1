using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Operators;

namespace Graph.Cypher.Planning;

/// <summary>One single query of a statement, planned: its root operator and the slots of its columns.</summary>
internal sealed record PlannedPart(Operator Root, IReadOnlyList<string> Columns, int[] ColumnSlots);

/// <summary>The nested plan of a subquery expression (EXISTS, COUNT, COLLECT, a pattern comprehension), for EXPLAIN.</summary>
internal sealed record SubqueryPlan(string Kind, Position Position, Operator Root);

/// <summary>
/// A statement ready to run any number of times, concurrently: parsed, checked, planned.
/// Query statements have Parts (several when joined by UNION); schema commands have none.
/// </summary>
internal sealed record PreparedQuery(
    Statement Statement,
    IReadOnlyList<PlannedPart> Parts,
    bool UnionDistinct,
    int SlotCount,
    bool IsWrite)
{
    public IReadOnlyList<string> Columns => Parts.Count == 0 ? [] : Parts[0].Columns;

    /// <summary>The plans of its subquery expressions (they run per row, inside the operators that evaluate them).</summary>
    public IReadOnlyList<SubqueryPlan> Subqueries { get; init; } = [];
}
