using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Evaluates expressions into new slots (every item of WITH/RETURN gets its own slot).</summary>
internal sealed class Project(Operator input, IReadOnlyList<(int Slot, Evaluator Value, string Name)> items) : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            var output = (object?[])row.Clone();
            foreach (var (slot, value, _) in items)
            {
                output[slot] = value(row, context);
            }
            yield return output;
        }
    }

    public override string Describe(GraphSnapshot snapshot) => $"Projection({string.Join(", ", items.Select(item => item.Name))})";
}
