namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>Range checks for components, failing with Neo4j's wording.</summary>
internal static class TemporalChecks
{
    public static void Date(long year, long month, long day)
    {
        CalendarMath.CheckYear(year);
        Range("MonthOfYear", month, 1, 12);
        Range("DayOfMonth", day, 1, CalendarMath.DaysInMonth(year, (int)month));
    }

    public static long NanoOfDay(long hour, long minute, long second, long nano)
    {
        Range("HourOfDay", hour, 0, 23);
        Range("MinuteOfHour", minute, 0, 59);
        Range("SecondOfMinute", second, 0, 59);
        Range("NanoOfSecond", nano, 0, CalendarMath.NanosPerSecond - 1);
        return ((hour * 60 + minute) * 60 + second) * CalendarMath.NanosPerSecond + nano;
    }

    public static void Range(string field, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            throw RuntimeErrors.Argument($"Invalid value for {field} (valid values {min} - {max}): {value}");
        }
    }
}
