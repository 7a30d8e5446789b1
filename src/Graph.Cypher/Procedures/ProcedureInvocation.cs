using Graph.Cypher.Storage;

namespace Graph.Cypher.Procedures;

/// <summary>
/// What a procedure body is given for one call: the arguments in signature order (defaults filled in, converted to the
/// input types, as Graph.Core result values: <see cref="Core.Cypher.CypherNode"/>, lists, maps), the graph the
/// statement sees (its own writes included) and the statement's cancellation.
/// </summary>
public sealed class ProcedureInvocation
{
    internal ProcedureInvocation(Procedure procedure, IReadOnlyList<object?> arguments, GraphSnapshot graph, CancellationToken cancellationToken)
    {
        Procedure = procedure;
        Arguments = arguments;
        Graph = graph;
        CancellationToken = cancellationToken;
    }

    public Procedure Procedure { get; }

    public IReadOnlyList<object?> Arguments { get; }

    public GraphSnapshot Graph { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The argument of the input named <paramref name="input"/>.</summary>
    public object? this[string input]
    {
        get
        {
            for (var i = 0; i < Procedure.Inputs.Count; i++)
            {
                if (Procedure.Inputs[i].Name == input)
                {
                    return Arguments[i];
                }
            }
            throw new KeyNotFoundException($"Procedure {Procedure.Name} has no input named '{input}'.");
        }
    }
}

/// <summary>
/// A procedure's implementation: the rows of one call, each holding one value per output in signature order
/// (.NET values as query parameters take them; a <see cref="Core.Cypher.CypherNode"/> or relationship of this graph
/// is read back by its id). A void procedure returns no rows, or empty ones.
/// </summary>
public delegate IEnumerable<IReadOnlyList<object?>> ProcedureBody(ProcedureInvocation invocation);
