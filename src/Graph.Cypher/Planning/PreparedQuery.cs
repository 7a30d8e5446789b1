using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Operators;

namespace Graph.Cypher.Planning;

/// <summary>One single query of a statement, planned: its root operator and the slots of its columns.</summary>
internal sealed record PlannedPart(Operator Root, IReadOnlyList<string> Columns, int[] ColumnSlots);

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
}
