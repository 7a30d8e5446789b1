using Graph.Cypher.Execution.Writes;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>SET / REMOVE: applies the items to every row, in order, after reading all input rows.</summary>
internal sealed class SetProperties(Operator input, IReadOnlyList<SetAction> actions, string clause) : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var rows = InputRows(context, argument).ToList();
        foreach (var row in rows)
        {
            foreach (var action in actions)
            {
                action.Apply(row, context);
            }
        }
        return rows;
    }

    public override string Describe(GraphSnapshot snapshot) => $"{clause}({string.Join(", ", actions.Select(action => action.Text))})";
}
