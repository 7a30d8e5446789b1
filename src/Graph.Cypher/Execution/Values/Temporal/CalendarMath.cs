namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// The proleptic ISO calendar over epoch days (days since 1970-01-01), for any year Neo4j allows; .NET's DateOnly
/// stops at years 1 and 9999.
/// </summary>
internal static class CalendarMath
{
    public const long NanosPerSecond = 1_000_000_000;
    public const long SecondsPerDay = 86_400;
    public const long NanosPerDay = SecondsPerDay * NanosPerSecond;
    public const long MinYear = -999_999_999;
    public const long MaxYear = 999_999_999;

    public static bool IsLeap(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeap(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static int DaysInYear(long year) => IsLeap(year) ? 366 : 365;

    /// <summary>Howard Hinnant's days_from_civil: exact for every year, negative ones included.</summary>
    public static long EpochDay(long year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = FloorDiv(y, 400);
        var yearOfEra = y - era * 400;
        var dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /// <summary>The inverse of <see cref="EpochDay"/>.</summary>
    public static (long Year, int Month, int Day) Civil(long epochDay)
    {
        var z = epochDay + 719_468;
        var era = FloorDiv(z, 146_097);
        var dayOfEra = z - era * 146_097;
        var yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        var dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        var mp = (5 * dayOfYear + 2) / 153;
        var day = (int)(dayOfYear - (153 * mp + 2) / 5 + 1);
        var month = (int)(mp < 10 ? mp + 3 : mp - 9);
        var year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }

    /// <summary>ISO day of week: Monday 1 to Sunday 7.</summary>
    public static int DayOfWeek(long epochDay) => (int)FloorMod(epochDay + 3, 7) + 1;

    /// <summary>The Monday of ISO week 1 of the week-based year (the week holding January 4th).</summary>
    public static long WeekYearStart(long weekYear)
    {
        var january4 = EpochDay(weekYear, 1, 4);
        return january4 - (DayOfWeek(january4) - 1);
    }

    public static int WeeksInWeekYear(long weekYear) => (int)((WeekYearStart(weekYear + 1) - WeekYearStart(weekYear)) / 7);

    public static (long WeekYear, int Week) IsoWeek(long epochDay)
    {
        var year = Civil(epochDay).Year;
        var weekYear = epochDay >= WeekYearStart(year + 1) ? year + 1 : epochDay < WeekYearStart(year) ? year - 1 : year;
        return (weekYear, (int)((epochDay - WeekYearStart(weekYear)) / 7) + 1);
    }

    public static long FloorDiv(long a, long b) => a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);

    public static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;

    /// <summary>The date <paramref name="months"/> later, its day clamped to the end of a shorter month (Jan 31 + 1 month = Feb 28/29).</summary>
    public static long PlusMonths(long epochDay, long months)
    {
        if (months == 0)
        {
            return epochDay;
        }
        var (year, month, day) = Civil(epochDay);
        var total = checked(year * 12 + (month - 1) + months);
        var newYear = FloorDiv(total, 12);
        var newMonth = (int)FloorMod(total, 12) + 1;
        CheckYear(newYear);
        return EpochDay(newYear, newMonth, Math.Min(day, DaysInMonth(newYear, newMonth)));
    }

    public static void CheckYear(long year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw RuntimeErrors.Argument($"Invalid value for Year: {year} (valid values {MinYear} - {MaxYear})");
        }
    }
}
