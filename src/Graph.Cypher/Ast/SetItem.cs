namespace Graph.Cypher.Ast;

/// <summary>One assignment of SET (or removal of REMOVE).</summary>
internal abstract record SetItem(Position Position);

/// <summary><c>n.p = v</c> (REMOVE n.p has Value null).</summary>
internal sealed record SetProperty(Position Position, PropertyAccess Target, Expression? Value) : SetItem(Position);

/// <summary><c>n = map</c> (Merge false) or <c>n += map</c> (Merge true).</summary>
internal sealed record SetAllProperties(Position Position, Variable Target, Expression Value, bool Merge) : SetItem(Position);

/// <summary><c>n:A:B</c> in SET (add) or REMOVE (remove).</summary>
internal sealed record SetLabels(Position Position, Variable Target, IReadOnlyList<string> Labels) : SetItem(Position);
