namespace Graph.Cypher.Ast;

/// <summary>An expression. Every node keeps the position it starts at, for error messages.</summary>
internal abstract record Expression(Position Position);

internal sealed record Literal(Position Position, object? Value) : Expression(Position);

internal sealed record Parameter(Position Position, string Name) : Expression(Position);

internal sealed record Variable(Position Position, string Name) : Expression(Position);

internal sealed record PropertyAccess(Position Position, Expression Target, string Key) : Expression(Position);

internal sealed record ListLiteral(Position Position, IReadOnlyList<Expression> Items) : Expression(Position);

internal sealed record MapLiteral(Position Position, IReadOnlyList<KeyValuePair<string, Expression>> Entries) : Expression(Position);

/// <summary><c>n {.name, .id, extra: 1, other, .*}</c>.</summary>
internal sealed record MapProjection(Position Position, Expression Target, IReadOnlyList<MapProjectionItem> Items) : Expression(Position);

/// <summary>One item of a map projection: <c>.key</c> (Value null), <c>key: expr</c>, a variable, or <c>.*</c> (AllProperties).</summary>
internal sealed record MapProjectionItem(string Key, Expression? Value, bool AllProperties);

internal sealed record IndexAccess(Position Position, Expression Target, Expression Index) : Expression(Position);

internal sealed record SliceAccess(Position Position, Expression Target, Expression? From, Expression? To) : Expression(Position);

internal sealed record BinaryExpression(Position Position, BinaryOperator Operator, Expression Left, Expression Right) : Expression(Position);

internal sealed record UnaryExpression(Position Position, UnaryOperator Operator, Expression Operand) : Expression(Position);

internal sealed record IsNullExpression(Position Position, Expression Operand, bool Negated) : Expression(Position);

/// <summary><c>n:Label:Other</c> used as a predicate.</summary>
internal sealed record LabelPredicate(Position Position, Expression Target, IReadOnlyList<string> Labels) : Expression(Position);

/// <summary>A function call; <c>count(*)</c> has Star set and no arguments.</summary>
internal sealed record FunctionCall(Position Position, string Name, bool Distinct, IReadOnlyList<Expression> Arguments, bool Star = false) : Expression(Position)
{
    public string LowerName { get; } = Name.ToLowerInvariant();
}

internal sealed record CaseExpression(Position Position, Expression? Test, IReadOnlyList<CaseAlternative> Alternatives, Expression? Else) : Expression(Position);

internal sealed record CaseAlternative(Expression When, Expression Then);

internal enum BinaryOperator
{
    Or,
    Xor,
    And,
    Equal,
    NotEqual,
    LessThan,
    GreaterThan,
    LessOrEqual,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
    In,
    StartsWith,
    EndsWith,
    Contains,
    RegexMatch,
}

internal enum UnaryOperator
{
    Not,
    Negate,
    Plus,
}
