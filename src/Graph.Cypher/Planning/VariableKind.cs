using Graph.Cypher.Ast;

namespace Graph.Cypher.Planning;

/// <summary>What a variable is known to hold, so a pattern cannot reuse, say, a relationship or a list as a node.</summary>
internal enum VariableKind
{
    /// <summary>Not known at plan time (a parameter, a property, a function result).</summary>
    Unknown,
    Node,
    Relationship,

    /// <summary>The list a variable-length relationship binds.</summary>
    RelationshipList,
    Path,

    /// <summary>A plain value: a literal, a list, a map, arithmetic.</summary>
    Value,
}

internal static class VariableKinds
{
    /// <summary>The kind an expression gives the alias it is projected to.</summary>
    public static VariableKind Of(Expression expression, SlotScope scope) => expression switch
    {
        Variable variable => scope.KindOf(variable.Name),
        Literal { Value: not null } or ListLiteral or MapLiteral or ListComprehension or BinaryExpression
            or IsNullExpression or UnaryExpression or QuantifierExpression or PatternComprehension or CollectSubquery or MapProjection => VariableKind.Value,
        _ => VariableKind.Unknown,
    };

    public static string Describe(VariableKind kind) => kind switch
    {
        VariableKind.RelationshipList => "List<Relationship>",
        VariableKind.Value => "a value",
        _ => kind.ToString(),
    };
}
