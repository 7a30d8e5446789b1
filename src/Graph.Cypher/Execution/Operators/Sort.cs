using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// ORDER BY: a stable sort on keys computed once per row, in Cypher's total order. Under a LIMIT (plus SKIP) it keeps
/// only that many rows as they arrive (Neo4j's Top): a search ordered by name and cut to 20 held and sorted every match.
/// When its input arrives ordered by the first key (<see cref="OrderedInput"/>) that Top stops reading once the rest
/// can only be worse (Neo4j's PartialTop).
/// </summary>
internal sealed class Sort : Operator
{
    // Beyond this many kept rows a heap saves little over sorting everything.
    private const int MaxTop = 10_000;

    private readonly Evaluator[] _keys;
    private readonly bool[] _descending;
    private readonly string _text;
    private readonly Evaluator? _top;

    /// <param name="top">How many rows the clauses above read at most (LIMIT, plus SKIP), or null for all.</param>
    public Sort(Operator input, IReadOnlyList<(Evaluator Key, bool Descending)> keys, string text, Evaluator? top = null) : base(input)
    {
        _keys = keys.Select(key => key.Key).ToArray();
        _descending = keys.Select(key => key.Descending).ToArray();
        _text = text;
        _top = top;
        RowReuse.MarkBeneathHolder(input);
    }

    /// <summary>
    /// Set at plan time when the input arrives ordered by the first key, in that key's direction (an ordered
    /// <see cref="NodeByLabelTextScan"/>), and no row left unread could fail: a Top may then stop early.
    /// </summary>
    public bool OrderedInput { get; set; }

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var top = Top(context, argument);
        var ordered = new SortedRows(_descending);
        var kept = top is null ? null : new PriorityQueue<SortedRows.Entry, SortedRows.Entry>(ordered.Reversed);
        var rows = new List<SortedRows.Entry>();
        var arrival = 0;
        object?[]? values = null;
        foreach (var row in InputRows(context, argument))
        {
            // Keys are evaluated even for a single row, so a key that fails fails whatever the row count. A Top reuses
            // the keys' array of a row it did not keep: most rows of a long input are not.
            values ??= new object?[_keys.Length];
            for (var i = 0; i < _keys.Length; i++)
            {
                values[i] = _keys[i](row, context);
            }
            var entry = new SortedRows.Entry(row, values, arrival++);
            if (kept is null)
            {
                rows.Add(entry);
            }
            else if (kept.Count < top)
            {
                kept.Enqueue(entry, entry);
            }
            else if (OrderedInput && (top == 0 || ordered.FirstKeyWorse(entry, kept.Peek())))
            {
                // Every later row's first key is this one's or worse, so none of them would be kept either.
                break;
            }
            else if (top > 0 && ordered.Compare(entry, kept.Peek()) < 0)
            {
                values = kept.DequeueEnqueue(entry, entry).Keys;
                continue;
            }
            else
            {
                continue;
            }
            values = null;
        }
        if (kept is not null)
        {
            rows.AddRange(kept.UnorderedItems.Select(item => item.Element));
        }
        if (rows.Count <= 1)
        {
            // Pattern comprehensions and COLLECT bodies sort a row or none per outer row: no ordering work for them.
            return rows.Select(entry => entry.Row);
        }
        // List.Sort is unstable; equal keys fall back to arrival order, which makes it stable.
        rows.Sort(ordered);
        return rows.Select(entry => entry.Row);
    }

    /// <summary>The bound when it is a count SKIP/LIMIT accept; anything else is theirs to reject, so sort everything.</summary>
    private int? Top(QueryContext context, object?[] argument) =>
        _top?.Invoke(argument, context) is long n and >= 0 and <= MaxTop ? (int)n : null;

    public override string Describe(GraphSnapshot snapshot) =>
        _top is null ? $"Sort({_text})" : OrderedInput ? $"PartialTop({_text})" : $"Top({_text})";

    private sealed class SortedRows(bool[] descending) : IComparer<SortedRows.Entry>
    {
        public readonly record struct Entry(object?[] Row, object?[] Keys, int Arrival);

        /// <summary>Worst first: the heap of kept rows drops its worst when a better row arrives.</summary>
        public IComparer<Entry> Reversed => Comparer<Entry>.Create((x, y) => Compare(y, x));

        public int Compare(Entry x, Entry y)
        {
            for (var i = 0; i < descending.Length; i++)
            {
                var order = ValueOrdering.Instance.Compare(x.Keys[i], y.Keys[i]);
                if (order != 0)
                {
                    return descending[i] ? -order : order;
                }
            }
            return x.Arrival.CompareTo(y.Arrival);
        }

        /// <summary>True when x's first key comes strictly after y's: ties on it are for later keys and arrival to decide.</summary>
        public bool FirstKeyWorse(Entry x, Entry y)
        {
            var order = ValueOrdering.Instance.Compare(x.Keys[0], y.Keys[0]);
            return descending[0] ? order < 0 : order > 0;
        }
    }
}
