namespace Graph.Cypher.Ast;

internal abstract record Clause(Position Position)
{
    /// <summary>The clause keyword, for error messages and EXPLAIN.</summary>
    public abstract string Name { get; }
}

internal sealed record MatchClause(Position Position, bool Optional, IReadOnlyList<PathPattern> Patterns, Expression? Where) : Clause(Position)
{
    public override string Name => Optional ? "OPTIONAL MATCH" : "MATCH";
}

internal sealed record UnwindClause(Position Position, Expression Source, string Variable) : Clause(Position)
{
    public override string Name => "UNWIND";
}

/// <summary>WITH (Where may be set) or RETURN.</summary>
internal sealed record ProjectionClause(Position Position, bool IsReturn, Projection Projection, Expression? Where) : Clause(Position)
{
    public override string Name => IsReturn ? "RETURN" : "WITH";
}

internal sealed record Projection(
    bool Distinct,
    bool Star,
    IReadOnlyList<ProjectionItem> Items,
    IReadOnlyList<SortItem> OrderBy,
    Expression? Skip,
    Expression? Limit);

/// <summary>An item; Alias is null when none was written (the column is then named by the text).</summary>
internal sealed record ProjectionItem(Expression Expression, string? Alias, string Text)
{
    public string ColumnName => Alias ?? Text;
}

internal sealed record SortItem(Expression Expression, bool Descending);

internal sealed record CreateClause(Position Position, IReadOnlyList<PathPattern> Patterns) : Clause(Position)
{
    public override string Name => "CREATE";
}

internal sealed record MergeClause(Position Position, PathPattern Pattern, IReadOnlyList<SetItem> OnCreate, IReadOnlyList<SetItem> OnMatch) : Clause(Position)
{
    public override string Name => "MERGE";
}

internal sealed record SetClause(Position Position, IReadOnlyList<SetItem> Items) : Clause(Position)
{
    public override string Name => "SET";
}

internal sealed record RemoveClause(Position Position, IReadOnlyList<SetItem> Items) : Clause(Position)
{
    public override string Name => "REMOVE";
}

internal sealed record DeleteClause(Position Position, bool Detach, IReadOnlyList<Expression> Targets) : Clause(Position)
{
    public override string Name => Detach ? "DETACH DELETE" : "DELETE";
}
