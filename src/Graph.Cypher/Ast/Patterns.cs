namespace Graph.Cypher.Ast;

/// <summary><c>(n:Label:Other {k: v})</c>. Properties is a map literal or a parameter.</summary>
internal sealed record NodePattern(Position Position, string? Variable, IReadOnlyList<string> Labels, Expression? Properties);

/// <summary><c>-[r:T1|T2 *1..3 {k: v}]-></c>. Length is null for a single hop.</summary>
internal sealed record RelationshipPattern(
    Position Position,
    string? Variable,
    IReadOnlyList<string> Types,
    Expression? Properties,
    RelationshipDirection Direction,
    VariableLength? Length);

/// <summary>Hop bounds of <c>*</c>, <c>*2</c>, <c>*1..3</c>, <c>*..5</c>; null means unbounded.</summary>
internal sealed record VariableLength(long? Min, long? Max);

internal enum RelationshipDirection
{
    /// <summary><c>-[]-></c></summary>
    Outgoing,

    /// <summary><c>&lt;-[]-</c></summary>
    Incoming,

    /// <summary><c>-[]-</c></summary>
    Both,
}

/// <summary>A chain: one node, then relationship-node steps. Optionally named, optionally a shortest-path search.</summary>
internal sealed record PathPattern(Position Position, string? PathVariable, NodePattern Start, IReadOnlyList<PatternStep> Steps, ShortestKind Shortest)
{
    public IEnumerable<NodePattern> Nodes => Steps.Select(step => step.Node).Prepend(Start);
}

internal sealed record PatternStep(RelationshipPattern Relationship, NodePattern Node);

internal enum ShortestKind
{
    None,
    Shortest,
    All,
}
