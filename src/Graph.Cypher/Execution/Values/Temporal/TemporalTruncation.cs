namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// date.truncate('month', value, {day: 2}) and the others: the value's local date and time cut down to the unit,
/// then the map's components applied (sub-second ones add to what is left, as Neo4j does) and its timezone attached
/// as is, keeping the local time.
/// </summary>
internal static class TemporalTruncation
{
    private static readonly string[] DateUnits = ["millennium", "century", "decade", "year", "weekyear", "quarter", "month", "week", "day"];

    private static readonly string[] TimeUnits = ["hour", "minute", "second", "millisecond", "microsecond"];

    public static object Truncate(TemporalKind kind, string unit, ITemporalValue value, IReadOnlyDictionary<string, object?>? map)
    {
        var lower = unit.ToLowerInvariant();
        var day = TemporalParts.DateOf(value);
        Check(kind, lower, unit, value, day);
        var fields = TemporalFields.Read(map ?? new Dictionary<string, object?>());
        var isDateUnit = DateUnits.Contains(lower);
        var truncatedDay = day is { } d && isDateUnit ? TruncateDate(d, lower) : day;
        var truncatedNano = isDateUnit ? 0 : TruncateTime(TemporalParts.TimeOf(value) ?? 0, lower);
        var epochDay = truncatedDay is { } t ? DateSelection.Select(fields, t) : 0;
        var nanoOfDay = TimeSelection.Select(WithoutSubSecond(fields), truncatedNano) + fields.SubSecondNanos();
        TemporalChecks.Range("NanoOfDay", nanoOfDay, 0, CalendarMath.NanosPerDay - 1);
        var zone = fields.Timezone is { } name ? TimeZones.Parse(name) : TemporalParts.ZoneOf(value) ?? ZoneSpec.Utc;
        return kind switch
        {
            TemporalKind.Date => new DateValue(epochDay),
            TemporalKind.LocalDateTime => new LocalDateTimeValue(epochDay, nanoOfDay),
            TemporalKind.DateTime => TimeZones.AtLocal(epochDay, nanoOfDay, zone),
            TemporalKind.LocalTime => new LocalTimeValue(nanoOfDay),
            _ => new TimeValue(nanoOfDay, TimeZones.OffsetAt(zone, value is DateTimeValue zoned ? zoned.EpochSecond : DateTimeOffset.UtcNow.ToUnixTimeSeconds())),
        };
    }

    private static void Check(TemporalKind kind, string lower, string unit, ITemporalValue value, long? day)
    {
        if (!DateUnits.Contains(lower) && !TimeUnits.Contains(lower))
        {
            throw UnknownUnit(unit);
        }
        if (kind == TemporalKind.Date && TimeUnits.Contains(lower))
        {
            throw RuntimeErrors.Argument($"Cannot truncate a Date to {unit}: the unit is smaller than a day");
        }
        var needsDate = kind is TemporalKind.Date or TemporalKind.LocalDateTime or TemporalKind.DateTime;
        if (needsDate && day is null)
        {
            throw RuntimeErrors.Argument($"Cannot truncate a {CypherTypeNames.Of(value)} to a {kind}: it has no date");
        }
        if (!needsDate && DateUnits.Contains(lower) && lower != "day")
        {
            throw RuntimeErrors.Argument($"Cannot truncate to {unit} when the result is a {kind}");
        }
    }

    private static TemporalFields WithoutSubSecond(TemporalFields fields)
    {
        var rest = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in new[] { "hour", "minute", "second" })
        {
            if (fields.Has(key))
            {
                rest[key] = fields.Get(key);
            }
        }
        return TemporalFields.Read(rest);
    }

    private static long TruncateDate(long day, string unit)
    {
        var (year, month, _) = CalendarMath.Civil(day);
        return unit switch
        {
            "millennium" => CalendarMath.EpochDay(CalendarMath.FloorDiv(year, 1000) * 1000, 1, 1),
            "century" => CalendarMath.EpochDay(CalendarMath.FloorDiv(year, 100) * 100, 1, 1),
            "decade" => CalendarMath.EpochDay(CalendarMath.FloorDiv(year, 10) * 10, 1, 1),
            "year" => CalendarMath.EpochDay(year, 1, 1),
            "weekyear" => CalendarMath.WeekYearStart(CalendarMath.IsoWeek(day).WeekYear),
            "quarter" => CalendarMath.EpochDay(year, (month - 1) / 3 * 3 + 1, 1),
            "month" => CalendarMath.EpochDay(year, month, 1),
            "week" => day - (CalendarMath.DayOfWeek(day) - 1),
            _ => day,
        };
    }

    private static long TruncateTime(long nanoOfDay, string unit)
    {
        var size = unit switch
        {
            "hour" => 3600 * CalendarMath.NanosPerSecond,
            "minute" => 60 * CalendarMath.NanosPerSecond,
            "second" => CalendarMath.NanosPerSecond,
            "millisecond" => 1_000_000,
            _ => 1000,
        };
        return nanoOfDay - nanoOfDay % size;
    }

    private static Graph.Core.Cypher.CypherException UnknownUnit(string unit) =>
        RuntimeErrors.Argument($"Unknown unit for truncation: {unit} (expected one of millennium, century, decade, year, weekYear, quarter, month, week, day, hour, minute, second, millisecond, microsecond)");
}
