namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// duration.between and its inMonths/inDays/inSeconds forms, as Neo4j computes them: whole months between the local
/// dates, then whole days, then the rest as seconds between the instants. Values with zones are compared in the
/// first one's zone; when either has no date, only the times of day count.
/// </summary>
internal static class DurationBetween
{
    public enum Unit
    {
        All,
        Months,
        Days,
        Seconds,
    }

    public static DurationValue Of(ITemporalValue from, ITemporalValue to, Unit unit)
    {
        if (TemporalParts.DateOf(from) is null || TemporalParts.DateOf(to) is null)
        {
            return unit is Unit.Months or Unit.Days ? DurationValue.Zero : DurationValue.Of(0, 0, 0, TimeDifference(from, to));
        }
        var zone = TemporalParts.ZoneOf(from) ?? TemporalParts.ZoneOf(to);
        var (startDay, startNano) = Local(from, zone);
        var (endDay, endNano) = Local(to, zone);
        var months = unit is Unit.All or Unit.Months ? MonthsBetween(startDay, startNano, endDay, endNano) : 0;
        if (unit == Unit.Months)
        {
            return DurationValue.Of(months, 0, 0, 0);
        }
        var midDay = CalendarMath.PlusMonths(startDay, months);
        var days = unit == Unit.Seconds ? 0 : DaysBetween(midDay, startNano, endDay, endNano);
        if (unit == Unit.Days)
        {
            return DurationValue.Of(0, days, 0, 0);
        }
        var nanos = Instant(to, endDay, endNano, zone) - Instant(from, midDay + days, startNano, zone);
        return DurationValue.Of(months, days, 0, nanos);
    }

    /// <summary>Whole months from start to end, not counting a last month the end's day and time do not complete.</summary>
    private static long MonthsBetween(long startDay, long startNano, long endDay, long endNano)
    {
        endDay = AdjustedEnd(startDay, startNano, endDay, endNano);
        var (y1, m1, d1) = CalendarMath.Civil(startDay);
        var (y2, m2, d2) = CalendarMath.Civil(endDay);
        var packed1 = (y1 * 12 + m1 - 1) * 32 + d1;
        var packed2 = (y2 * 12 + m2 - 1) * 32 + d2;
        return (packed2 - packed1) / 32;
    }

    private static long DaysBetween(long startDay, long startNano, long endDay, long endNano) =>
        AdjustedEnd(startDay, startNano, endDay, endNano) - startDay;

    // An end earlier in its day than the start is not a whole day further on (java.time's LocalDateTime.until).
    private static long AdjustedEnd(long startDay, long startNano, long endDay, long endNano) =>
        endDay > startDay && endNano < startNano ? endDay - 1 : endDay < startDay && endNano > startNano ? endDay + 1 : endDay;

    private static (long Day, long Nano) Local(ITemporalValue value, ZoneSpec? zone)
    {
        if (value is DateTimeValue zoned && zone is not null)
        {
            var seen = TimeZones.AtInstant(zoned.EpochSecond, zoned.Nano, zone);
            return (seen.LocalEpochDay, seen.LocalNanoOfDay);
        }
        return (TemporalParts.DateOf(value)!.Value, TemporalParts.TimeOf(value) ?? 0);
    }

    /// <summary>
    /// Nanoseconds since the epoch of the value moved to a local date and time: a datetime left where it was keeps its
    /// exact instant, a moved one keeps its offset where the zone allows; local values are read in the zone if any.
    /// </summary>
    private static long Instant(ITemporalValue value, long day, long nano, ZoneSpec? zone)
    {
        if (zone is null)
        {
            return day * CalendarMath.NanosPerDay + nano;
        }
        var zoned = value as DateTimeValue;
        var instant = zoned is not null && Local(value, zone) == (day, nano) ? zoned : TimeZones.AtLocal(day, nano, zone, zoned?.OffsetSeconds);
        return instant.EpochSecond * CalendarMath.NanosPerSecond + instant.Nano;
    }

    private static long TimeDifference(ITemporalValue from, ITemporalValue to)
    {
        var start = TemporalParts.TimeOf(from) ?? 0;
        var end = TemporalParts.TimeOf(to) ?? 0;
        var (startZone, endZone) = (TemporalParts.ZoneOf(from), TemporalParts.ZoneOf(to));
        if (startZone is not null && endZone is not null)
        {
            start -= Offset(from) * CalendarMath.NanosPerSecond;
            end -= Offset(to) * CalendarMath.NanosPerSecond;
        }
        return end - start;
    }

    private static long Offset(ITemporalValue value) => value switch
    {
        TimeValue time => time.OffsetSeconds,
        DateTimeValue zoned => zoned.OffsetSeconds,
        _ => 0,
    };
}
