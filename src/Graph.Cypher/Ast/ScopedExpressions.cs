namespace Graph.Cypher.Ast;

/// <summary><c>[x IN list WHERE pred | expr]</c>.</summary>
internal sealed record ListComprehension(Position Position, string Variable, Expression Source, Expression? Where, Expression? Projection) : Expression(Position);

/// <summary><c>any/all/none/single(x IN list WHERE pred)</c>.</summary>
internal sealed record QuantifierExpression(Position Position, Quantifier Quantifier, string Variable, Expression Source, Expression Where) : Expression(Position);

internal enum Quantifier
{
    Any,
    All,
    None,
    Single,
}

/// <summary><c>reduce(acc = init, x IN list | expr)</c>.</summary>
internal sealed record ReduceExpression(Position Position, string Accumulator, Expression Initial, string Variable, Expression Source, Expression Step) : Expression(Position);

/// <summary><c>[p = (a)-->(b) WHERE pred | expr]</c>.</summary>
internal sealed record PatternComprehension(Position Position, PathPattern Pattern, Expression? Where, Expression Projection) : Expression(Position);

/// <summary><c>EXISTS { patterns WHERE pred }</c>, <c>COUNT { ... }</c>, or a bare pattern predicate <c>(n)-->()</c>.</summary>
internal sealed record SubqueryExpression(Position Position, SubqueryKind Kind, IReadOnlyList<PathPattern> Patterns, Expression? Where) : Expression(Position)
{
    /// <summary>A bare pattern <c>(a)-->(b)</c> rather than EXISTS { }: it may only test, and may not introduce variables.</summary>
    public bool IsPatternPredicate { get; init; }

    /// <summary>The items of a trailing RETURN (they do not change whether or how many rows exist; checked, not used).</summary>
    public IReadOnlyList<Expression> Returned { get; init; } = [];
}

/// <summary>
/// <c>COLLECT { MATCH ... RETURN expr ... }</c>: the single column of a read-only query, run once per outer row, as a
/// list. The body is a query of its own (outer variables in scope), so its RETURN may use DISTINCT, ORDER BY, SKIP,
/// LIMIT and aggregates; it is not an expression child (its aggregates are not the outer projection's).
/// </summary>
internal sealed record CollectSubquery(Position Position, SingleQuery Query) : Expression(Position);

internal enum SubqueryKind
{
    Exists,
    Count,
}
