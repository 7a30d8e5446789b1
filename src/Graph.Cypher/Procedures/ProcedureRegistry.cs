using System.Collections.Immutable;

namespace Graph.Cypher.Procedures;

/// <summary>
/// The procedures a session's <c>CALL</c> can run, by qualified name. Immutable: <see cref="With"/> returns a new
/// registry, so a session's plans (cached by query text, resolved against its registry) never go stale. Pass one to
/// <see cref="EmbeddedCypherSession.Open(string?, ProcedureRegistry?)"/>; <see cref="BuiltIn"/> is the default.
/// </summary>
public sealed class ProcedureRegistry
{
    private readonly ImmutableDictionary<string, Procedure> _procedures;

    private ProcedureRegistry(ImmutableDictionary<string, Procedure> procedures) => _procedures = procedures;

    /// <summary>No procedures at all.</summary>
    public static ProcedureRegistry Empty { get; } = new(ImmutableDictionary.Create<string, Procedure>(StringComparer.Ordinal));

    /// <summary>Neo4j's <c>db.labels()</c>, <c>db.relationshipTypes()</c> and <c>db.propertyKeys()</c>.</summary>
    public static ProcedureRegistry BuiltIn { get; } = DatabaseProcedures.All.Aggregate(Empty, (registry, procedure) => registry.With(procedure));

    /// <summary>In name order.</summary>
    public IEnumerable<Procedure> All => _procedures.Values.OrderBy(procedure => procedure.Name, StringComparer.Ordinal);

    /// <summary>This registry plus <paramref name="procedure"/>; a name can be registered once.</summary>
    public ProcedureRegistry With(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (_procedures.ContainsKey(procedure.Name))
        {
            throw new ArgumentException($"A procedure named {procedure.Name} is already registered.", nameof(procedure));
        }
        return new ProcedureRegistry(_procedures.Add(procedure.Name, procedure));
    }

    public bool TryGet(string name, out Procedure procedure) => _procedures.TryGetValue(name, out procedure!);
}
