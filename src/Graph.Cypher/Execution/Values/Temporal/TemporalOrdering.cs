namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// Order within one temporal type: instants by their UTC moment (then by offset and zone, so only equal values tie),
/// local values by their fields. Durations have no natural order: &lt; &gt; give null for them, ORDER BY sorts them
/// by months, days, seconds, nanoseconds so it stays total.
/// </summary>
internal static class TemporalOrdering
{
    /// <summary>Neo4j's ascending order of the temporal types among all values.</summary>
    public static int Rank(ITemporalValue value) => value switch
    {
        DateTimeValue => 0,
        LocalDateTimeValue => 1,
        DateValue => 2,
        TimeValue => 3,
        LocalTimeValue => 4,
        _ => 5,
    };

    /// <summary>Sign of left - right for the comparison operators; null for different types and for durations.</summary>
    public static int? Compare(ITemporalValue left, ITemporalValue right) =>
        left is DurationValue || left.GetType() != right.GetType() ? null : Order(left, right);

    /// <summary>The total order ORDER BY uses for two values of the same type.</summary>
    public static int Order(ITemporalValue left, ITemporalValue right) => (left, right) switch
    {
        (DateValue a, DateValue b) => a.EpochDay.CompareTo(b.EpochDay),
        (LocalTimeValue a, LocalTimeValue b) => a.NanoOfDay.CompareTo(b.NanoOfDay),
        (TimeValue a, TimeValue b) => Then(a.UtcNanoOfDay.CompareTo(b.UtcNanoOfDay), a.OffsetSeconds.CompareTo(b.OffsetSeconds)),
        (LocalDateTimeValue a, LocalDateTimeValue b) => Then(a.EpochDay.CompareTo(b.EpochDay), a.NanoOfDay.CompareTo(b.NanoOfDay)),
        (DateTimeValue a, DateTimeValue b) => Then(
            Then(a.EpochSecond.CompareTo(b.EpochSecond), a.Nano.CompareTo(b.Nano)),
            Then(a.OffsetSeconds.CompareTo(b.OffsetSeconds), string.CompareOrdinal(a.ZoneId, b.ZoneId))),
        (DurationValue a, DurationValue b) => Then(
            Then(a.Months.CompareTo(b.Months), a.Days.CompareTo(b.Days)),
            Then(a.Seconds.CompareTo(b.Seconds), a.Nanos.CompareTo(b.Nanos))),
        _ => Rank(left).CompareTo(Rank(right)),
    };

    private static int Then(int first, int second) => first != 0 ? Math.Sign(first) : Math.Sign(second);
}
