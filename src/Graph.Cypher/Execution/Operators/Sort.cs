using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>ORDER BY: a stable sort on keys computed once per row, in Cypher's total order.</summary>
internal sealed class Sort(Operator input, IReadOnlyList<(Evaluator Key, bool Descending)> keys, string text) : Operator(input)
{
    private readonly Evaluator[] _keys = keys.Select(key => key.Key).ToArray();
    private readonly bool[] _descending = keys.Select(key => key.Descending).ToArray();

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var rows = new List<object?[]>();
        var rowKeys = new List<object?[]>();
        foreach (var row in InputRows(context, argument))
        {
            // Keys are evaluated even for a single row, so a key that fails fails whatever the row count.
            var values = new object?[_keys.Length];
            for (var i = 0; i < _keys.Length; i++)
            {
                values[i] = _keys[i](row, context);
            }
            rows.Add(row);
            rowKeys.Add(values);
        }
        if (rows.Count <= 1)
        {
            // Pattern comprehensions and COLLECT bodies sort a row or none per outer row: no ordering work for them.
            return rows;
        }
        var order = new int[rows.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        // Array.Sort is unstable; equal keys fall back to arrival order, which makes it stable.
        Array.Sort(order, new ByKeys(rowKeys, _descending));
        var sorted = new object?[order.Length][];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = rows[order[i]];
        }
        return sorted;
    }

    public override string Describe(GraphSnapshot snapshot) => $"Sort({text})";

    private sealed class ByKeys(List<object?[]> keys, bool[] descending) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var left = keys[x];
            var right = keys[y];
            for (var i = 0; i < descending.Length; i++)
            {
                var order = ValueOrdering.Instance.Compare(left[i], right[i]);
                if (order != 0)
                {
                    return descending[i] ? -order : order;
                }
            }
            return x.CompareTo(y);
        }
    }
}
