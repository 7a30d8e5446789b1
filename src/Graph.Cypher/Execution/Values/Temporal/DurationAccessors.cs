namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// A duration's components: totals within each group (months, days, seconds are never converted into each other)
/// and the "…Of…" remainders.
/// </summary>
internal static class DurationAccessors
{
    public static object? Get(DurationValue d, string key)
    {
        // Negative amounts keep a negative fraction: -1.5 s is -1 s and -500 ms, not -2 s and +500 ms.
        var (seconds, nanos) = d.Seconds < 0 && d.Nanos > 0 ? (d.Seconds + 1, d.Nanos - CalendarMath.NanosPerSecond) : (d.Seconds, (long)d.Nanos);
        return key.ToLowerInvariant() switch
        {
            "years" => d.Months / 12,
            "quarters" => d.Months / 3,
            "months" => d.Months,
            "weeks" => d.Days / 7,
            "days" => d.Days,
            "hours" => seconds / 3600,
            "minutes" => seconds / 60,
            "seconds" => seconds,
            "milliseconds" => seconds * 1000 + nanos / 1_000_000,
            "microseconds" => seconds * 1_000_000 + nanos / 1000,
            "nanoseconds" => seconds * CalendarMath.NanosPerSecond + nanos,
            "quartersofyear" => d.Months % 12 / 3,
            "monthsofquarter" => d.Months % 3,
            "monthsofyear" => d.Months % 12,
            "daysofweek" => d.Days % 7,
            "minutesofhour" => seconds / 60 % 60,
            "secondsofminute" => seconds % 60,
            "millisecondsofsecond" => nanos / 1_000_000,
            "microsecondsofsecond" => nanos / 1000,
            "nanosecondsofsecond" => nanos,
            _ => null,
        };
    }
}
