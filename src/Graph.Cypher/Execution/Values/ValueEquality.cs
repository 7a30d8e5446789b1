using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Execution.Values;

/// <summary>
/// Cypher's three-valued equality and comparison: null when either side is null (or a nested null decides),
/// integers and floats compare numerically, values of different types are unequal and incomparable.
/// </summary>
internal static class ValueEquality
{
    public static bool? Equal(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }
        switch (left)
        {
            case long l when right is long r:
                return l == r;
            case long or double when right is long or double:
                return NumericEqual(left, right);
            case string s when right is string t:
                return string.Equals(s, t, StringComparison.Ordinal);
            case bool a when right is bool b:
                return a == b;
            case NodeRef a when right is NodeRef b:
                return a.Id == b.Id;
            case RelationshipRef a when right is RelationshipRef b:
                return a.Id == b.Id;
            case PathValue a when right is PathValue b:
                return a.Equals(b);
            case ITemporalValue a when right is ITemporalValue b:
                return a.Equals(b);
            case IReadOnlyList<object?> a when right is IReadOnlyList<object?> b:
                return ListEqual(a, b);
            case IReadOnlyDictionary<string, object?> a when right is IReadOnlyDictionary<string, object?> b:
                return MapEqual(a, b);
            default:
                return false;
        }
    }

    private static bool NumericEqual(object left, object right) => (left, right) switch
    {
        (double a, double b) => a == b,
        (long l, double d) => LongEqualsDouble(l, d),
        (double d, long l) => LongEqualsDouble(l, d),
        _ => false,
    };

    private static bool LongEqualsDouble(long l, double d) =>
        !double.IsNaN(d) && d == Math.Floor(d) && d >= -9.2233720368547758E18 && d < 9.2233720368547758E18 && (long)d == l;

    private static bool? ListEqual(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        bool? result = true;
        for (var i = 0; i < a.Count; i++)
        {
            var item = Equal(a[i], b[i]);
            if (item == false)
            {
                return false;
            }
            if (item is null)
            {
                result = null;
            }
        }
        return result;
    }

    private static bool? MapEqual(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        bool? result = true;
        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other))
            {
                return false;
            }
            var item = Equal(value, other);
            if (item == false)
            {
                return false;
            }
            if (item is null)
            {
                result = null;
            }
        }
        return result;
    }

    /// <summary>Sign of left - right for &lt; &gt; &lt;= &gt;=; null when not comparable (null, NaN, different types).</summary>
    public static int? Compare(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }
        switch (left)
        {
            case long l when right is long r:
                return l.CompareTo(r);
            case long or double when right is long or double:
                var (x, y) = (ToDouble(left), ToDouble(right));
                if (double.IsNaN(x) || double.IsNaN(y))
                {
                    return null;
                }
                if (x == y && left is long ll && right is double)
                {
                    return CompareLongDouble(ll, y);
                }
                if (x == y && right is long rl && left is double)
                {
                    return -CompareLongDouble(rl, x);
                }
                return x.CompareTo(y);
            case string s when right is string t:
                return Math.Sign(string.CompareOrdinal(s, t));
            case bool a when right is bool b:
                return a.CompareTo(b);
            case ITemporalValue a when right is ITemporalValue b:
                return TemporalOrdering.Compare(a, b);
            case IReadOnlyList<object?> a when right is IReadOnlyList<object?> b:
                for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
                {
                    var item = Compare(a[i], b[i]);
                    if (item is null or not 0)
                    {
                        return item;
                    }
                }
                return a.Count.CompareTo(b.Count);
            default:
                return null;
        }
    }

    // Large longs lose precision as doubles; compare exactly when the double is integral.
    private static int CompareLongDouble(long l, double d)
    {
        if (d >= 9.2233720368547758E18)
        {
            return -1;
        }
        if (d < -9.2233720368547758E18)
        {
            return 1;
        }
        return l.CompareTo((long)d);
    }

    public static double ToDouble(object value) => value is long l ? l : (double)value;
}
