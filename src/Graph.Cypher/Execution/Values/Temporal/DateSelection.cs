namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// A date from map components, over a base date when the map names one ({date: d, week: 2} keeps d's week-based
/// year and day of week). Calendar, week, ordinal and quarter forms each fill their missing parts from the base.
/// </summary>
internal static class DateSelection
{
    public static long Select(TemporalFields fields, long? baseDay)
    {
        var year = fields.Number("year");
        if (baseDay is null && year is null)
        {
            throw RuntimeErrors.Argument("year must be specified");
        }
        var based = baseDay is { } b ? CalendarMath.Civil(b) : default;
        if (fields.Has("week") || fields.Has("dayOfWeek"))
        {
            var (weekYear, week) = baseDay is { } day ? CalendarMath.IsoWeek(day) : (year!.Value, 1);
            var dayOfWeek = baseDay is { } d ? CalendarMath.DayOfWeek(d) : 1;
            return FromWeek(year ?? weekYear, fields.Number("week") ?? week, fields.Number("dayOfWeek") ?? dayOfWeek);
        }
        if (fields.Has("ordinalDay"))
        {
            return FromOrdinal(year ?? based.Year, fields.Number("ordinalDay")!.Value);
        }
        if (fields.Has("quarter") || fields.Has("dayOfQuarter"))
        {
            var (quarter, dayOfQuarter) = baseDay is { } day ? QuarterOf(day) : (1, 1);
            return FromQuarter(year ?? based.Year, fields.Number("quarter") ?? quarter, fields.Number("dayOfQuarter") ?? dayOfQuarter);
        }
        var (month, dayOfMonth) = baseDay is null ? (1L, 1L) : (based.Month, based.Day);
        var chosenYear = year ?? based.Year;
        var chosenMonth = fields.Number("month") ?? month;
        var chosenDay = fields.Number("day") ?? dayOfMonth;
        TemporalChecks.Date(chosenYear, chosenMonth, chosenDay);
        return CalendarMath.EpochDay(chosenYear, (int)chosenMonth, (int)chosenDay);
    }

    public static long FromWeek(long weekYear, long week, long dayOfWeek)
    {
        CalendarMath.CheckYear(weekYear);
        TemporalChecks.Range("WeekOfWeekBasedYear", week, 1, CalendarMath.WeeksInWeekYear(weekYear));
        TemporalChecks.Range("DayOfWeek", dayOfWeek, 1, 7);
        return CalendarMath.WeekYearStart(weekYear) + (week - 1) * 7 + dayOfWeek - 1;
    }

    public static long FromOrdinal(long year, long ordinalDay)
    {
        CalendarMath.CheckYear(year);
        TemporalChecks.Range("DayOfYear", ordinalDay, 1, CalendarMath.DaysInYear(year));
        return CalendarMath.EpochDay(year, 1, 1) + ordinalDay - 1;
    }

    public static long FromQuarter(long year, long quarter, long dayOfQuarter)
    {
        CalendarMath.CheckYear(year);
        TemporalChecks.Range("QuarterOfYear", quarter, 1, 4);
        var start = CalendarMath.EpochDay(year, (int)(quarter - 1) * 3 + 1, 1);
        var length = CalendarMath.EpochDay(quarter == 4 ? year + 1 : year, quarter == 4 ? 1 : (int)quarter * 3 + 1, 1) - start;
        TemporalChecks.Range("DayOfQuarter", dayOfQuarter, 1, length);
        return start + dayOfQuarter - 1;
    }

    public static (int Quarter, int DayOfQuarter) QuarterOf(long epochDay)
    {
        var (year, month, _) = CalendarMath.Civil(epochDay);
        var quarter = (month - 1) / 3 + 1;
        return (quarter, (int)(epochDay - CalendarMath.EpochDay(year, (quarter - 1) * 3 + 1, 1)) + 1);
    }
}
