using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Execution.Values;

/// <summary>
/// ORDER BY's total order (ascending): maps, nodes, relationships, lists, paths, temporal values (datetimes,
/// local datetimes, dates, times, local times, durations), strings, booleans,
/// numbers (NaN after all other numbers), then null.
/// </summary>
internal sealed class ValueOrdering : IComparer<object?>
{
    public static ValueOrdering Instance { get; } = new();

    public int Compare(object? x, object? y)
    {
        var (rankX, rankY) = (Rank(x), Rank(y));
        if (rankX != rankY)
        {
            return rankX.CompareTo(rankY);
        }
        switch (x)
        {
            case null:
                return 0;
            case long or double:
                return CompareNumbers(x, y!);
            case string s:
                return string.CompareOrdinal(s, (string)y!);
            case bool b:
                return b.CompareTo((bool)y!);
            case NodeRef n:
                return n.Id.CompareTo(((NodeRef)y!).Id);
            case RelationshipRef r:
                return r.Id.CompareTo(((RelationshipRef)y!).Id);
            case PathValue p:
                return CompareSequences(p.Nodes.Cast<object?>().ToList(), ((PathValue)y!).Nodes.Cast<object?>().ToList());
            case IReadOnlyList<object?> list:
                return CompareSequences(list, (IReadOnlyList<object?>)y!);
            case IReadOnlyDictionary<string, object?> map:
                return CompareMaps(map, (IReadOnlyDictionary<string, object?>)y!);
            case ITemporalValue temporal:
                return TemporalOrdering.Order(temporal, (ITemporalValue)y!);
            default:
                return 0;
        }
    }

    private static int Rank(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> => 0,
        NodeRef => 1,
        RelationshipRef => 2,
        IReadOnlyList<object?> => 3,
        PathValue => 4,
        ITemporalValue temporal => 5 + TemporalOrdering.Rank(temporal),
        string => 11,
        bool => 12,
        long or double => 13,
        null => 15,
        _ => 14,
    };

    private static int CompareNumbers(object x, object y)
    {
        var nanX = x is double dx && double.IsNaN(dx);
        var nanY = y is double dy && double.IsNaN(dy);
        if (nanX || nanY)
        {
            return nanX.CompareTo(nanY);
        }
        return ValueEquality.Compare(x, y) ?? 0;
    }

    private int CompareSequences(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var item = Compare(a[i], b[i]);
            if (item != 0)
            {
                return item;
            }
        }
        return a.Count.CompareTo(b.Count);
    }

    private int CompareMaps(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        var keysA = a.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        var keysB = b.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        for (var i = 0; i < Math.Min(keysA.Count, keysB.Count); i++)
        {
            var key = string.CompareOrdinal(keysA[i], keysB[i]);
            if (key != 0)
            {
                return key;
            }
            var value = Compare(a[keysA[i]], b[keysB[i]]);
            if (value != 0)
            {
                return value;
            }
        }
        return keysA.Count.CompareTo(keysB.Count);
    }
}
