namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// date({...}), time({...}), datetime({...}) and the others: components from the map over the date, time or
/// datetime it names. A new timezone over a value that has one converts it (same instant); over a local value it
/// is attached as is.
/// </summary>
internal static class TemporalConstruction
{
    public static DateValue Date(TemporalFields fields)
    {
        var basis = TemporalParts.Base(fields, "date", true) ?? TemporalParts.Base(fields, "datetime", true);
        return new DateValue(DateSelection.Select(fields, TemporalParts.DateOf(basis)));
    }

    public static LocalTimeValue LocalTime(TemporalFields fields)
    {
        var basis = TemporalParts.Base(fields, "time", false) ?? TemporalParts.Base(fields, "datetime", false);
        return new LocalTimeValue(TimeSelection.Select(fields, TemporalParts.TimeOf(basis)));
    }

    public static LocalDateTimeValue LocalDateTime(TemporalFields fields)
    {
        var dateBasis = TemporalParts.Base(fields, "date", true) ?? TemporalParts.Base(fields, "datetime", true);
        var timeBasis = TemporalParts.Base(fields, "time", false) ?? TemporalParts.Base(fields, "datetime", false);
        return new LocalDateTimeValue(
            DateSelection.Select(fields, TemporalParts.DateOf(dateBasis)),
            TimeSelection.Select(fields, TemporalParts.TimeOf(timeBasis)));
    }

    public static TimeValue Time(TemporalFields fields, long nowEpochSecond)
    {
        var basis = TemporalParts.Base(fields, "time", false) ?? TemporalParts.Base(fields, "datetime", false);
        var baseZone = TemporalParts.ZoneOf(basis);
        var zone = fields.Timezone is { } name ? TimeZones.Parse(name) : baseZone ?? ZoneSpec.Utc;
        var instant = basis is DateTimeValue zoned ? zoned.EpochSecond : nowEpochSecond;
        var offset = TimeZones.OffsetAt(zone, instant);
        var baseNano = TemporalParts.TimeOf(basis);
        if (baseNano is { } nano && baseZone is not null && fields.Has("timezone"))
        {
            baseNano = Shift(nano, offset - TimeZones.OffsetAt(baseZone, instant));
        }
        return new TimeValue(TimeSelection.Select(fields, baseNano), offset);
    }

    public static DateTimeValue DateTime(TemporalFields fields)
    {
        var newZone = fields.Timezone is { } name ? TimeZones.Parse(name) : null;
        if (fields.Has("epochSeconds") || fields.Has("epochMillis"))
        {
            return FromEpoch(fields, newZone ?? ZoneSpec.Utc);
        }
        object? dateBasis = TemporalParts.Base(fields, "date", true);
        object? timeBasis = TemporalParts.Base(fields, "time", false);
        var whole = TemporalParts.Base(fields, "datetime", true);
        var baseZone = TemporalParts.ZoneOf(timeBasis ?? whole);
        if (newZone is not null && whole is DateTimeValue wholeZoned)
        {
            whole = TimeZones.AtInstant(wholeZoned.EpochSecond, wholeZoned.Nano, newZone);
        }
        dateBasis ??= whole;
        timeBasis ??= whole;
        var epochDay = DateSelection.Select(fields, TemporalParts.DateOf(dateBasis));
        var baseNano = TemporalParts.TimeOf(timeBasis);
        if (newZone is not null && baseZone is not null && baseNano is { } nano && !ReferenceEquals(timeBasis, whole))
        {
            // The time is read in its own zone on the new date (its offset there may differ), then seen in the new zone.
            var seen = TimeZones.AtLocal(epochDay, nano, baseZone);
            baseNano = TimeZones.AtInstant(seen.EpochSecond, seen.Nano, newZone).LocalNanoOfDay;
        }
        var nanoOfDay = TimeSelection.Select(fields, baseNano);
        return TimeZones.AtLocal(epochDay, nanoOfDay, newZone ?? baseZone ?? ZoneSpec.Utc);
    }

    private static DateTimeValue FromEpoch(TemporalFields fields, ZoneSpec zone)
    {
        long seconds;
        long nanos = fields.SubSecondNanos();
        if (fields.Number("epochSeconds") is { } epochSeconds)
        {
            seconds = epochSeconds;
        }
        else
        {
            var millis = fields.Number("epochMillis")!.Value;
            seconds = CalendarMath.FloorDiv(millis, 1000);
            nanos += CalendarMath.FloorMod(millis, 1000) * 1_000_000;
        }
        seconds += CalendarMath.FloorDiv(nanos, CalendarMath.NanosPerSecond);
        return TimeZones.AtInstant(seconds, (int)CalendarMath.FloorMod(nanos, CalendarMath.NanosPerSecond), zone);
    }

    /// <summary>A time of day moved by an offset change, wrapping around midnight.</summary>
    private static long Shift(long nanoOfDay, int seconds) =>
        CalendarMath.FloorMod(nanoOfDay + seconds * CalendarMath.NanosPerSecond, CalendarMath.NanosPerDay);
}
