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
                // Keys in ordinal order, so maps equal whatever order their keys were written in.
                var keys = new string[map.Count];
                var values = new object?[map.Count];
                var at = 0;
                foreach (var (key, item) in map)
                {
                    keys[at] = key;
                    values[at++] = item;
                }
                Array.Sort(keys, values, StringComparer.Ordinal);
                var entries = new object[keys.Length * 2];
                for (var i = 0; i < keys.Length; i++)
                {
                    entries[2 * i] = keys[i];
                    entries[2 * i + 1] = Of(values[i]);
                }
                return new CompositeKey(entries, IsMap: true);
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
