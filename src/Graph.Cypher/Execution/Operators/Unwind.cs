using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>UNWIND: one row per list element; null gives no rows, a non-list value one row.</summary>
internal sealed class Unwind(Operator input, Evaluator source, int slot, string text) : Operator(input)
{
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            switch (source(row, context))
            {
                case null:
                    break;
                case IReadOnlyList<object?> list:
                    foreach (var item in list)
                    {
                        // A long list (range(1, 10000000)) is a scan of its own: stop it when the caller gives up.
                        context.CancellationToken.ThrowIfCancellationRequested();
                        var output = (object?[])row.Clone();
                        output[slot] = item;
                        yield return output;
                    }
                    break;
                case var single:
                    var one = (object?[])row.Clone();
                    one[slot] = single;
                    yield return one;
                    break;
            }
        }
    }

    public override string Describe(GraphSnapshot snapshot) => $"Unwind({text})";
}
