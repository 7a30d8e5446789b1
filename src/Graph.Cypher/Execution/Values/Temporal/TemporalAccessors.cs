namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>Components read with a property key: d.year, t.offsetMinutes, dt.epochMillis, dur.monthsOfYear.</summary>
internal static class TemporalAccessors
{
    public static object? Get(ITemporalValue value, string key)
    {
        if (value is DurationValue duration)
        {
            return DurationAccessors.Get(duration, key) ?? throw NoSuchField(value, key);
        }
        var found = TemporalParts.DateOf(value) is { } day ? DateField(day, key) : null;
        found ??= TemporalParts.TimeOf(value) is { } nano ? TimeField(nano, key) : null;
        found ??= ZoneField(value, key);
        return found ?? throw NoSuchField(value, key);
    }

    private static object? DateField(long day, string key)
    {
        var (year, month, dayOfMonth) = CalendarMath.Civil(day);
        return key.ToLowerInvariant() switch
        {
            "year" => year,
            "quarter" => (long)DateSelection.QuarterOf(day).Quarter,
            "month" => (long)month,
            "week" => (long)CalendarMath.IsoWeek(day).Week,
            "weekyear" => CalendarMath.IsoWeek(day).WeekYear,
            "day" => (long)dayOfMonth,
            "ordinalday" => day - CalendarMath.EpochDay(year, 1, 1) + 1,
            "weekday" or "dayofweek" => (long)CalendarMath.DayOfWeek(day),
            "dayofquarter" => (long)DateSelection.QuarterOf(day).DayOfQuarter,
            _ => null,
        };
    }

    private static object? TimeField(long nanoOfDay, string key)
    {
        var seconds = nanoOfDay / CalendarMath.NanosPerSecond;
        var nanos = nanoOfDay % CalendarMath.NanosPerSecond;
        return key.ToLowerInvariant() switch
        {
            "hour" => seconds / 3600,
            "minute" => seconds / 60 % 60,
            "second" => seconds % 60,
            "millisecond" => nanos / 1_000_000,
            "microsecond" => nanos / 1000,
            "nanosecond" => nanos,
            _ => null,
        };
    }

    private static object? ZoneField(ITemporalValue value, string key)
    {
        var (offset, zone) = value switch
        {
            TimeValue time => (time.OffsetSeconds, TemporalText.Offset(time.OffsetSeconds)),
            DateTimeValue zoned => (zoned.OffsetSeconds, zoned.Zone),
            _ => (0, (string?)null),
        };
        if (zone is null)
        {
            return null;
        }
        return key.ToLowerInvariant() switch
        {
            "timezone" => zone,
            "offset" => TemporalText.Offset(offset),
            "offsetminutes" => (long)(offset / 60),
            "offsetseconds" => (long)offset,
            "epochseconds" when value is DateTimeValue zoned => zoned.EpochSecond,
            "epochmillis" when value is DateTimeValue zoned => zoned.EpochSecond * 1000 + zoned.Nano / 1_000_000,
            _ => null,
        };
    }

    private static Graph.Core.Cypher.CypherException NoSuchField(ITemporalValue value, string key) =>
        RuntimeErrors.Argument($"No such field: {key} on a {CypherTypeNames.Of(value)}");
}
