using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>The leaf of every plan: yields the argument row (empty at the top, the outer row in a nested plan).</summary>
internal sealed class Argument() : Operator(null)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument) => [argument];

    public override string Describe(GraphSnapshot snapshot) => "Argument";
}
