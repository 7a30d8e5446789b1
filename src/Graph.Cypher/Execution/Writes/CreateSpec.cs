using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Evaluation;

namespace Graph.Cypher.Execution.Writes;

/// <summary>A node a CREATE (or MERGE) makes: unless Bound, a new node with Labels and Properties goes into Slot.</summary>
internal sealed record CreateNodeSpec(int Slot, string Variable, bool Bound, IReadOnlyList<string> Labels, Evaluator? Properties, Position Position);

/// <summary>A relationship CREATE (or MERGE) makes, between the nodes in FromSlot and ToSlot as written (Incoming flips them).</summary>
internal sealed record CreateRelationshipSpec(
    int Slot,
    string Variable,
    int FromSlot,
    int ToSlot,
    string FromVariable,
    string ToVariable,
    string Type,
    bool Incoming,
    Evaluator? Properties,
    Position Position);
