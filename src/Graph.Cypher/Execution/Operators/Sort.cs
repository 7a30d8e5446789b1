using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>ORDER BY: a stable sort on keys computed once per row, in Cypher's total order.</summary>
internal sealed class Sort(Operator input, IReadOnlyList<(Evaluator Key, bool Descending)> keys, string text) : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var rows = new List<(object?[] Row, object?[] Keys)>();
        foreach (var row in InputRows(context, argument))
        {
            var values = new object?[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                values[i] = keys[i].Key(row, context);
            }
            rows.Add((row, values));
        }
        return rows.OrderBy(entry => entry.Keys, Comparer.Create(keys)).Select(entry => entry.Row);
    }

    public override string Describe(GraphSnapshot snapshot) => $"Sort({text})";

    private sealed class Comparer(bool[] descending) : IComparer<object?[]>
    {
        public static Comparer Create(IReadOnlyList<(Evaluator Key, bool Descending)> keys) =>
            new(keys.Select(key => key.Descending).ToArray());

        public int Compare(object?[]? x, object?[]? y)
        {
            for (var i = 0; i < descending.Length; i++)
            {
                var order = ValueOrdering.Instance.Compare(x![i], y![i]);
                if (order != 0)
                {
                    return descending[i] ? -order : order;
                }
            }
            return 0;
        }
    }
}
