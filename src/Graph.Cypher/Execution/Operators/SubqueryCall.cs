using Graph.Cypher.Execution.Values;
using Graph.Cypher.Planning;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// CALL { }: runs the body's parts once per input row, over that row. A unit body (no <paramref name="slots"/>) is run
/// to its end and the row passes on once; a returning one yields the row once per body row, with the returned values
/// in <paramref name="slots"/> (UNION DISTINCT dropping repeats among one row's results).
/// </summary>
internal sealed class SubqueryCall(Operator input, PlannedPart[] parts, int[] slots, bool distinct, string text) : Operator(input)
{
    public override bool YieldsOwnRows => slots.Length > 0;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            if (slots.Length == 0)
            {
                foreach (var part in parts)
                {
                    foreach (var _ in part.Root.Run(context, row))
                    {
                        context.CancellationToken.ThrowIfCancellationRequested();
                    }
                }
                yield return row;
                continue;
            }
            var seen = distinct ? new HashSet<CompositeKey>() : null;
            foreach (var part in parts)
            {
                foreach (var result in part.Root.Run(context, row))
                {
                    var output = (object?[])row.Clone();
                    for (var i = 0; i < slots.Length; i++)
                    {
                        output[slots[i]] = result[part.ColumnSlots[i]];
                    }
                    if (seen is not null && !seen.Add(GroupingKey.Of(output, slots)))
                    {
                        continue;
                    }
                    yield return output;
                }
            }
        }
    }

    public override IEnumerable<Operator> Nested => parts.Select(part => part.Root);

    public override string Describe(GraphSnapshot snapshot) => text;
}
