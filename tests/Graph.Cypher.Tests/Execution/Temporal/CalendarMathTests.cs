using System.Globalization;
using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Tests.Execution.Temporal;

/// <summary>The engine's own calendar against .NET's where both exist (years 1 to 9999), and beyond them by round trip.</summary>
public sealed class CalendarMathTests
{
    private static readonly long FirstDotNetDay = DateOnly.MinValue.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    [Fact]
    public void Epoch_days_match_dotnet_dates_and_iso_weeks_across_its_range()
    {
        for (var dayNumber = DateOnly.MinValue.DayNumber; dayNumber <= DateOnly.MaxValue.DayNumber; dayNumber += 37)
        {
            var date = DateOnly.FromDayNumber(dayNumber);
            var epochDay = FirstDotNetDay + dayNumber;

            Assert.Equal((date.Year, date.Month, date.Day), ((int)CalendarMath.Civil(epochDay).Year, CalendarMath.Civil(epochDay).Month, CalendarMath.Civil(epochDay).Day));
            Assert.Equal(epochDay, CalendarMath.EpochDay(date.Year, date.Month, date.Day));
            Assert.Equal(date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek, CalendarMath.DayOfWeek(epochDay));
            var dateTime = date.ToDateTime(TimeOnly.MinValue);
            Assert.Equal((ISOWeek.GetYear(dateTime), ISOWeek.GetWeekOfYear(dateTime)), ((int)CalendarMath.IsoWeek(epochDay).WeekYear, CalendarMath.IsoWeek(epochDay).Week));
        }
    }

    [Theory]
    [InlineData(-999_999_999L, 1, 1)]
    [InlineData(-4L, 2, 29)]
    [InlineData(0L, 2, 29)]
    [InlineData(999_999_999L, 12, 31)]
    public void Years_beyond_dotnet_round_trip(long year, int month, int day)
    {
        Assert.Equal((year, month, day), CalendarMath.Civil(CalendarMath.EpochDay(year, month, day)));
    }

    [Theory]
    [InlineData(2000, true)]
    [InlineData(1900, false)]
    [InlineData(2024, true)]
    [InlineData(2023, false)]
    [InlineData(0, true)]
    [InlineData(-4, true)]
    [InlineData(-100, false)]
    public void Leap_years_follow_the_gregorian_rule_before_year_one_too(long year, bool leap)
    {
        Assert.Equal(leap, CalendarMath.IsLeap(year));
    }

    [Theory]
    [InlineData("2021-01-31", 1, "2021-02-28")]
    [InlineData("2020-01-31", 1, "2020-02-29")]
    [InlineData("2020-02-29", 12, "2021-02-28")]
    [InlineData("2020-03-31", -1, "2020-02-29")]
    [InlineData("2020-05-31", -13, "2019-04-30")]
    public void Adding_months_clamps_to_the_end_of_the_month(string from, long months, string expected)
    {
        var start = TemporalParsing.Date(from).EpochDay;

        Assert.Equal(expected, new DateValue(CalendarMath.PlusMonths(start, months)).ToString());
    }
}
