namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// An amount of time kept as Neo4j keeps it: months, days and seconds are independent (a month is not a fixed
/// number of days, nor a day of seconds across a DST change); nanoseconds are normalized into [0, 1e9).
/// </summary>
internal sealed record DurationValue : ITemporalValue
{
    public static readonly DurationValue Zero = new(0, 0, 0, 0);

    private DurationValue(long months, long days, long seconds, int nanos) =>
        (Months, Days, Seconds, Nanos) = (months, days, seconds, nanos);

    public long Months { get; }

    public long Days { get; }

    public long Seconds { get; }

    public int Nanos { get; }

    public static DurationValue Of(long months, long days, long seconds, long nanos)
    {
        try
        {
            var totalSeconds = checked(seconds + CalendarMath.FloorDiv(nanos, CalendarMath.NanosPerSecond));
            return new DurationValue(months, days, totalSeconds, (int)CalendarMath.FloorMod(nanos, CalendarMath.NanosPerSecond));
        }
        catch (OverflowException)
        {
            throw RuntimeErrors.Arithmetic("Duration overflow");
        }
    }

    public override string ToString() => DurationText.Format(this);
}
