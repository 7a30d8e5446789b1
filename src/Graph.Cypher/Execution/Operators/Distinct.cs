using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Drops rows whose values in the given slots are equivalent to an earlier row's.</summary>
internal sealed class Distinct(Operator input, int[] slots, string names) : Operator(input)
{
    // Passes its input's rows on unchanged.
    public override bool YieldsOwnRows => Input!.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var seen = new HashSet<CompositeKey>();
        foreach (var row in InputRows(context, argument))
        {
            if (seen.Add(GroupingKey.Of(row, slots)))
            {
                yield return row;
            }
        }
    }

    public override string Describe(GraphSnapshot snapshot) => $"Distinct({names})";
}
