using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Drops rows whose values in the given slots are equivalent to an earlier row's.</summary>
internal sealed class Distinct : Operator
{
    // A statement that returned millions of rows once should not make every later run allocate for millions.
    private const int MaxCapacityHint = 1 << 16;

    private readonly int[] _slots;
    private readonly string _names;
    private readonly Func<object?[], object> _oneKey;
    private readonly Func<object?[], (object, object)> _twoKeys;
    private readonly Func<object?[], CompositeKey> _manyKeys;

    // How many distinct rows the last run kept: the next run's set starts that large instead of doubling its way
    // up (regrowing was ~4 % of CPU for the API's batched hops). Only a size hint, so unsynchronized runs may race on it.
    private int _lastCount;

    public Distinct(Operator input, int[] slots, string names) : base(input)
    {
        _slots = slots;
        _names = names;
        // One or two columns (the API's `RETURN DISTINCT id, m`) need no key array and record per row; the keys
        // compare with the same default equality as CompositeKey's parts.
        _oneKey = row => GroupingKey.Of(row[slots[0]]);
        _twoKeys = row => (GroupingKey.Of(row[slots[0]]), GroupingKey.Of(row[slots[1]]));
        _manyKeys = row => GroupingKey.Of(row, slots);
    }

    // Passes its input's rows on unchanged.
    public override bool YieldsOwnRows => Input!.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var capacity = Math.Min(Volatile.Read(ref _lastCount), MaxCapacityHint);
        var rows = InputRows(context, argument);
        return _slots.Length switch
        {
            1 => Keep(rows, new HashSet<object>(capacity), _oneKey),
            2 => Keep(rows, new HashSet<(object, object)>(capacity), _twoKeys),
            _ => Keep(rows, new HashSet<CompositeKey>(capacity), _manyKeys),
        };
    }

    private IEnumerable<object?[]> Keep<TKey>(IEnumerable<object?[]> rows, HashSet<TKey> seen, Func<object?[], TKey> key)
    {
        foreach (var row in rows)
        {
            if (seen.Add(key(row)))
            {
                yield return row;
            }
        }
        Volatile.Write(ref _lastCount, seen.Count);
    }

    public override string Describe(GraphSnapshot snapshot) => $"Distinct({_names})";
}
