namespace Graph.Cypher.Execution.Values;

/// <summary>
/// Keys for DISTINCT, grouping and collect(DISTINCT): equal exactly when the values are equivalent in Cypher
/// (null equivalent to null, 1 to 1.0, NaN to NaN, lists and maps element-wise).
/// </summary>
internal static class GroupingKey
{
    private static readonly object NullKey = new();
    private static readonly object NaNKey = new();

    public static object Of(object? value)
    {
        switch (value)
        {
            case null:
                return NullKey;
            case double d when double.IsNaN(d):
                return NaNKey;
            case double d when d == Math.Floor(d) && d >= -9.2233720368547758E18 && d < 9.2233720368547758E18:
                return (long)d;
            case IReadOnlyList<object?> list:
                var parts = new object[list.Count];
                for (var i = 0; i < parts.Length; i++)
                {
                    parts[i] = Of(list[i]);
                }
                return new CompositeKey(parts);
            case IReadOnlyDictionary<string, object?> map:
                var entries = new List<object>(map.Count * 2);
                foreach (var (key, item) in map.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    entries.Add(key);
                    entries.Add(Of(item));
                }
                return new CompositeKey([.. entries], IsMap: true);
            default:
                return value;
        }
    }

    public static CompositeKey Of(object?[] row, int[] slots)
    {
        var parts = new object[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            parts[i] = Of(row[slots[i]]);
        }
        return new CompositeKey(parts);
    }
}

/// <summary>Several keys compared element-wise.</summary>
internal sealed record CompositeKey(object[] Parts, bool IsMap = false)
{
    public bool Equals(CompositeKey? other) =>
        other is not null && IsMap == other.IsMap && Parts.AsSpan().SequenceEqual(other.Parts);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(IsMap);
        foreach (var part in Parts)
        {
            hash.Add(part);
        }
        return hash.ToHashCode();
    }
}
