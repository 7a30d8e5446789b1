namespace Graph.Cypher.Procedures;

/// <summary>
/// A named, typed input of a procedure. An input with a default may be left out of a call; inputs with defaults
/// come after the ones without, as Neo4j requires.
/// </summary>
public sealed record ProcedureInput(string Name, CypherType Type)
{
    public bool HasDefault { get; private init; }

    /// <summary>The value used when a call leaves the input out (a .NET value, as query parameters are given).</summary>
    public object? Default { get; private init; }

    /// <summary>An input that calls may leave out, taking <paramref name="value"/> then.</summary>
    public static ProcedureInput Optional(string name, CypherType type, object? value) =>
        new(name, type) { HasDefault = true, Default = value };
}

/// <summary>A named, typed output column of a procedure.</summary>
public sealed record ProcedureOutput(string Name, CypherType Type);
