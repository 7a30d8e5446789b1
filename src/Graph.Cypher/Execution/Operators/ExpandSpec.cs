using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// What one relationship step of a pattern expands: from a bound node slot, over relationships of Types
/// (empty = any) in Direction, to a node slot that is either bound already (ToBound: expand-into) or new.
/// Properties, when set, is the pattern's map the relationship must match; Excluded are the slots of
/// relationships bound earlier in the same MATCH.
/// </summary>
internal sealed record ExpandSpec(
    int FromSlot,
    int RelationshipSlot,
    int ToSlot,
    string From,
    string Relationship,
    string To,
    IReadOnlyCollection<string> Types,
    Direction Direction,
    bool ToBound,
    bool RelationshipBound,
    Evaluator? Properties,
    int[] Excluded)
{
    /// <summary>
    /// False for an anonymous relationship no path names and no other relationship of the MATCH could be (their types
    /// differ): nothing reads its slot, so Expand leaves it unwritten rather than make a reference per row.
    /// </summary>
    public bool WritesRelationship { get; init; } = true;

    public IReadOnlyCollection<string>? TypeFilter => Types.Count == 0 ? null : Types;

    /// <summary>The node the step starts from: null when the row holds null there (no match), an error for anything but a node.</summary>
    public NodeRef? FromNode(object?[] row) => row[FromSlot] switch
    {
        NodeRef node => node,
        null => null,
        var other => throw RuntimeErrors.Expected("Node", other),
    };

    public string Arrow(string relationship) => Direction switch
    {
        Direction.Outgoing => $"({From})-[{relationship}]->({To})",
        Direction.Incoming => $"({From})<-[{relationship}]-({To})",
        _ => $"({From})-[{relationship}]-({To})",
    };

    public string TypeText => Types.Count == 0 ? "" : ":" + string.Join("|", Types);
}
