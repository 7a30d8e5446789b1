namespace Graph.Cypher.Ast;

/// <summary>A parsed statement; Explain is set by a leading EXPLAIN.</summary>
internal abstract record Statement(Position Position)
{
    public bool Explain { get; init; }

    /// <summary>Names of the parameters the statement uses, in order of first use.</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];
}

/// <summary>One or more single queries joined by UNION (UnionAll[i] joins Parts[i] and Parts[i+1]).</summary>
internal sealed record QueryStatement(Position Position, IReadOnlyList<SingleQuery> Parts, IReadOnlyList<bool> UnionAll) : Statement(Position);

internal sealed record SingleQuery(Position Position, IReadOnlyList<Clause> Clauses);

/// <summary>CREATE CONSTRAINT ... REQUIRE n.p IS UNIQUE (Unique) or CREATE INDEX ... ON (n.p).</summary>
internal sealed record CreateIndexStatement(Position Position, string? Name, string Label, string Property, bool Unique, bool IfNotExists) : Statement(Position);

/// <summary>CREATE FULLTEXT INDEX name ... FOR (n:A|B) ON EACH [n.p, n.q]: parsed for Neo4j's schema script, not built (see SchemaCommands).</summary>
internal sealed record CreateFullTextIndexStatement(Position Position, string Name, IReadOnlyList<string> Labels, IReadOnlyList<string> Properties, bool IfNotExists)
    : Statement(Position);

internal sealed record DropIndexStatement(Position Position, string Name, bool IsConstraint, bool IfExists) : Statement(Position);

/// <summary>SHOW INDEXES / SHOW CONSTRAINTS.</summary>
internal sealed record ShowIndexesStatement(Position Position, bool Constraints) : Statement(Position);
