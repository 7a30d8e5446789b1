using Graph.Cypher.Ast;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// An instant plus a duration, part by part as Neo4j adds them: months (a day past the new month's end clamps to
/// it: Jan 31 + 1 month = Feb 28 or 29), then days, both on the local calendar (so a day across a DST change keeps
/// the wall-clock time), then seconds and nanoseconds on the timeline. Dates take whole days of the seconds; times
/// ignore months and days.
/// </summary>
internal static class TemporalShift
{
    public static ITemporalValue Plus(ITemporalValue value, DurationValue d, Position position)
    {
        try
        {
            return value switch
            {
                DateValue date => new DateValue(checked(CalendarMath.PlusMonths(date.EpochDay, d.Months) + d.Days + d.Seconds / CalendarMath.SecondsPerDay)),
                LocalTimeValue time => new LocalTimeValue(Wrap(time.NanoOfDay, d)),
                TimeValue time => new TimeValue(Wrap(time.NanoOfDay, d), time.OffsetSeconds),
                LocalDateTimeValue local => PlusLocal(local, d),
                DateTimeValue zoned => PlusZoned(zoned, d),
                _ => throw RuntimeErrors.Type("Cannot add a Duration to a Duration this way", position),
            };
        }
        catch (OverflowException)
        {
            throw RuntimeErrors.Arithmetic("Temporal value out of range", position);
        }
    }

    private static long Wrap(long nanoOfDay, DurationValue d) =>
        CalendarMath.FloorMod(nanoOfDay + CalendarMath.FloorMod(d.Seconds, CalendarMath.SecondsPerDay) * CalendarMath.NanosPerSecond + d.Nanos, CalendarMath.NanosPerDay);

    private static LocalDateTimeValue PlusLocal(LocalDateTimeValue local, DurationValue d)
    {
        var day = checked(CalendarMath.PlusMonths(local.EpochDay, d.Months) + d.Days);
        var nanos = checked(local.NanoOfDay + CalendarMath.FloorMod(d.Seconds, CalendarMath.SecondsPerDay) * CalendarMath.NanosPerSecond + d.Nanos);
        day = checked(day + CalendarMath.FloorDiv(d.Seconds, CalendarMath.SecondsPerDay) + CalendarMath.FloorDiv(nanos, CalendarMath.NanosPerDay));
        CalendarMath.CheckYear(CalendarMath.Civil(day).Year);
        return new LocalDateTimeValue(day, CalendarMath.FloorMod(nanos, CalendarMath.NanosPerDay));
    }

    private static DateTimeValue PlusZoned(DateTimeValue zoned, DurationValue d)
    {
        var zone = ZoneSpec.Of(zoned);
        var moved = zoned;
        if (d.Months != 0 || d.Days != 0)
        {
            var day = checked(CalendarMath.PlusMonths(zoned.LocalEpochDay, d.Months) + d.Days);
            moved = TimeZones.AtLocal(day, zoned.LocalNanoOfDay, zone, zoned.OffsetSeconds);
        }
        var nanos = checked(moved.Nano + (long)d.Nanos);
        var seconds = checked(moved.EpochSecond + d.Seconds + CalendarMath.FloorDiv(nanos, CalendarMath.NanosPerSecond));
        return TimeZones.AtInstant(seconds, (int)CalendarMath.FloorMod(nanos, CalendarMath.NanosPerSecond), zone);
    }
}
