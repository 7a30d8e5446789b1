using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Reads all input rows before passing any on, so a clause never sees the writes of a later one.</summary>
internal sealed class Eager(Operator input) : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument) =>
        InputRows(context, argument).ToList();

    public override string Describe(GraphSnapshot snapshot) => "Eager";
}
