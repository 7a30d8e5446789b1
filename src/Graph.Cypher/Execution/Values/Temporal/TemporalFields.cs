namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>The components a temporal constructor's map may name (keys matched case-insensitively, as Neo4j does).</summary>
internal sealed class TemporalFields
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "month", "day", "week", "dayOfWeek", "quarter", "dayOfQuarter", "ordinalDay",
        "hour", "minute", "second", "millisecond", "microsecond", "nanosecond",
        "timezone", "date", "time", "datetime", "epochSeconds", "epochMillis",
    };

    private readonly Dictionary<string, object?> _values = new(StringComparer.OrdinalIgnoreCase);

    public static TemporalFields Read(IReadOnlyDictionary<string, object?> map)
    {
        var fields = new TemporalFields();
        foreach (var (key, value) in map)
        {
            if (!Known.Contains(key))
            {
                throw RuntimeErrors.Argument($"No such field: {key}");
            }
            fields._values[key] = value;
        }
        return fields;
    }

    public int Count => _values.Count;

    public bool Has(string key) => _values.ContainsKey(key);

    public object? Get(string key) => _values.GetValueOrDefault(key);

    public long? Number(string key) => _values.GetValueOrDefault(key) switch
    {
        null => null,
        long l => l,
        double d when d == Math.Floor(d) => (long)d,
        var other => throw RuntimeErrors.Expected($"an Integer for {key}", other),
    };

    public string? Timezone => _values.GetValueOrDefault("timezone") switch
    {
        null => null,
        string s => s,
        var other => throw RuntimeErrors.Expected("a String for timezone", other),
    };

    public bool HasAnyDateField => Has("year") || Has("month") || Has("day") || Has("week") || Has("dayOfWeek")
        || Has("quarter") || Has("dayOfQuarter") || Has("ordinalDay");

    public bool HasAnyTimeField => Has("hour") || Has("minute") || Has("second") || HasSubSecond;

    public bool HasSubSecond => Has("millisecond") || Has("microsecond") || Has("nanosecond");

    /// <summary>millisecond, microsecond and nanosecond add up when given together (123 ms + 456 µs + 789 ns).</summary>
    public long SubSecondNanos() => (Number("millisecond") ?? 0) * 1_000_000 + (Number("microsecond") ?? 0) * 1000 + (Number("nanosecond") ?? 0);
}
