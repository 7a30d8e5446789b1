using Graph.Cypher.Ast;

namespace Graph.Cypher.Planning;

/// <summary>Reads a slot directly: an aggregate's result, or a projection item that ORDER BY repeats.</summary>
internal sealed record SlotReference(Position Position, int Slot, string Text) : Expression(Position);

/// <summary>A pattern's property map given as a parameter or expression, <c>(n $props)</c>: every key must be equal.</summary>
internal sealed record PropertiesPredicate(Position Position, Variable Target, Expression Map) : Expression(Position);
