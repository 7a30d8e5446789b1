namespace Graph.Cypher.Procedures;

/// <summary>
/// A procedure that <c>CALL</c> can run: a qualified name (<c>db.labels</c>), a signature and a body. Procedures only
/// read: the body gets the graph the statement sees and returns rows. Register them in a <see cref="ProcedureRegistry"/>.
/// </summary>
public sealed class Procedure
{
    public Procedure(string name, IReadOnlyList<ProcedureInput> inputs, IReadOnlyList<ProcedureOutput> outputs, ProcedureBody body)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(body);
        if (name.Split('.').Any(part => part.Length == 0))
        {
            throw new ArgumentException($"'{name}' is not a procedure name: names are dot-separated, none empty.", nameof(name));
        }
        CheckDistinct(inputs.Select(input => input.Name), "input", name);
        CheckDistinct(outputs.Select(output => output.Name), "output", name);
        for (var i = 1; i < inputs.Count; i++)
        {
            if (inputs[i - 1].HasDefault && !inputs[i].HasDefault)
            {
                throw new ArgumentException($"Procedure {name}: input '{inputs[i].Name}' has no default but follows one that has.", nameof(inputs));
            }
        }
        Name = name;
        Inputs = [.. inputs];
        Outputs = [.. outputs];
        Body = body;
        RequiredInputs = inputs.Count(input => !input.HasDefault);
    }

    /// <summary>The qualified name, as calls spell it (case-sensitive).</summary>
    public string Name { get; }

    public IReadOnlyList<ProcedureInput> Inputs { get; }

    public IReadOnlyList<ProcedureOutput> Outputs { get; }

    public ProcedureBody Body { get; }

    /// <summary>How many inputs a call must give (those without a default).</summary>
    public int RequiredInputs { get; }

    /// <summary>No outputs: in a query it passes each row through unchanged.</summary>
    public bool IsVoid => Outputs.Count == 0;

    /// <summary>The signature as Neo4j prints it: <c>test.my.proc(name :: STRING?, in = 1 :: INTEGER?) :: (out :: INTEGER?)</c>.</summary>
    public string Signature =>
        $"{Name}({string.Join(", ", Inputs.Select(Describe))}) :: ({string.Join(", ", Outputs.Select(output => $"{output.Name} :: {TypeName(output.Type)}"))})";

    public override string ToString() => Signature;

    internal static string TypeName(CypherType type) => type.ToString().ToUpperInvariant() + "?";

    private static string Describe(ProcedureInput input) =>
        input.HasDefault
            ? $"{input.Name} = {Core.Cypher.CypherValueText.Literal(input.Default)} :: {TypeName(input.Type)}"
            : $"{input.Name} :: {TypeName(input.Type)}";

    private static void CheckDistinct(IEnumerable<string> names, string what, string procedure)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (string.IsNullOrEmpty(name) || !seen.Add(name))
            {
                throw new ArgumentException($"Procedure {procedure}: {what} names must be distinct and not empty ('{name}').");
            }
        }
    }
}
