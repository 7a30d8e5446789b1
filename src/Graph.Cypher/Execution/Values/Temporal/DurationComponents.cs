namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// A duration from possibly fractional components, as Neo4j builds it: a fraction of a month becomes days and
/// seconds at the average month length (2,629,746 s), a fraction of a day becomes seconds at 86,400 s.
/// </summary>
internal static class DurationComponents
{
    private const decimal SecondsPerMonth = 2_629_746m;

    private static readonly string[] Keys =
        ["years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"];

    public static DurationValue FromMap(IReadOnlyDictionary<string, object?> map)
    {
        var values = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map)
        {
            if (!Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw RuntimeErrors.Argument($"No such field: {key}");
            }
            values[key] = value switch
            {
                long l => l,
                double d when double.IsFinite(d) => (decimal)d,
                _ => throw RuntimeErrors.Expected($"a Number for {key}", value),
            };
        }
        return From(values);
    }

    public static DurationValue From(IReadOnlyDictionary<string, decimal> values)
    {
        decimal Get(string key) => values.TryGetValue(key, out var value) ? value : 0;
        try
        {
            var months = Get("years") * 12 + Get("quarters") * 3 + Get("months");
            var wholeMonths = decimal.Truncate(months);
            var days = Get("weeks") * 7 + Get("days") + (months - wholeMonths) * SecondsPerMonth / CalendarMath.SecondsPerDay;
            var wholeDays = decimal.Truncate(days);
            var seconds = (days - wholeDays) * CalendarMath.SecondsPerDay
                + Get("hours") * 3600 + Get("minutes") * 60 + Get("seconds")
                + Get("milliseconds") / 1_000m + Get("microseconds") / 1_000_000m + Get("nanoseconds") / 1_000_000_000m;
            return FromSeconds((long)wholeMonths, (long)wholeDays, seconds);
        }
        catch (OverflowException)
        {
            throw RuntimeErrors.Arithmetic("Duration overflow");
        }
    }

    /// <summary>Seconds stay seconds (40 hours is not 1 day 16 hours); the fraction becomes nanoseconds.</summary>
    public static DurationValue FromSeconds(long months, long days, decimal seconds)
    {
        var whole = decimal.Truncate(seconds);
        var nanos = decimal.Round((seconds - whole) * CalendarMath.NanosPerSecond);
        return DurationValue.Of(months, days, (long)whole, (long)nanos);
    }
}
