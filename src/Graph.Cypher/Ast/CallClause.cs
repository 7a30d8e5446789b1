namespace Graph.Cypher.Ast;

/// <summary>
/// <c>CALL name.space.proc(args) YIELD a, b AS c WHERE ...</c>. Arguments is null when no parentheses were written
/// (arguments then come from the parameters named as the inputs); Yield is null without YIELD, empty with YIELD *.
/// </summary>
internal sealed record CallClause(
    Position Position,
    string Procedure,
    Position NamePosition,
    IReadOnlyList<Expression>? Arguments,
    IReadOnlyList<YieldItem>? Yield,
    Expression? Where) : Clause(Position)
{
    public override string Name => "CALL";

    public bool YieldStar => Yield is { Count: 0 };
}

/// <summary>One YIELD item: the procedure's output column and the variable it binds (the same name unless AS renames it).</summary>
internal sealed record YieldItem(Position Position, string Output, string Variable);
