using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Import.Parsing;

/// <summary>
/// A date as a page writes it: <see cref="Day"/> when the wording names one day unambiguously (2025-03-05, 2025/03/05,
/// March 5, 2025, Wed, 5th March 2025, an ISO date and time), null when it names only a month or a year (March 2025,
/// 2025-03, 2025). Numeric days in either order (03/05/2025, 5.3.2025) and two-digit years are read as no date at all:
/// the page does not say which day it means.
/// </summary>
internal sealed partial record WrittenDate(DateOnly? Day, string Text)
{
    /// <summary>The whole text as a date (quotes, brackets and emphasis around it aside), or null.</summary>
    public static WrittenDate? Read(string text)
    {
        var wording = text.Trim().Trim(Wrapping).Trim();
        if (WholeDay().Match(wording) is { Success: true } day)
        {
            return DayOf(day) is { } whole ? new WrittenDate(whole, wording) : null;
        }
        return WholeMonthOrYear().IsMatch(wording) ? new WrittenDate(null, wording) : null;
    }

    /// <summary>The day written at <paramref name="start"/> of <paramref name="text"/>, if one is, with where its wording ends.</summary>
    public static (WrittenDate Date, int End)? DayAt(string text, int start)
    {
        var match = DayAtPosition().Match(text, start);
        return match.Success && DayOf(match) is { } day ? (new WrittenDate(day, match.Value), match.Index + match.Length) : null;
    }

    /// <summary>Every day written in <paramref name="text"/>, in order, with where each starts.</summary>
    public static IEnumerable<(WrittenDate Date, int Start)> Days(string text)
    {
        foreach (Match match in DayAnywhere().Matches(text))
        {
            if (DayOf(match) is { } day)
            {
                yield return (new WrittenDate(day, match.Value), match.Index);
            }
        }
    }

    private static readonly char[] Wrapping = ['"', '\'', '“', '”', '[', ']', '(', ')', '*', '_', '`'];

    // February 30 and the like are no day: the page's wording is wrong, and no date is better than a guessed one.
    private static DateOnly? DayOf(Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["monthName"].Success
            ? MonthNumber(match.Groups["monthName"].Value)
            : int.Parse(match.Groups["monthNumber"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    private const string MonthName = @"(?<monthName>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string Weekday = @"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+)?";

    private const string DayOfMonth = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?";

    // A saved page runs its header's fields together: "July 30, 202552:13" is a date and a duration, "Apr 23, 20261h 25m"
    // a date and a running time. After the year, any digit but those of a duration would make it a longer number.
    private const string Year = @"(?<year>\d{4})(?:(?!\d)|(?=\d{1,2}:\d{2}|\d{1,2}\s?h\b))";

    private const string IsoDay = @"(?<year>\d{4})-(?<monthNumber>\d{2})-(?<day>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?(?:Z|UTC|[+-]\d{2}(?::?\d{2})?))?)?(?![\d:])";

    private const string SlashedDay = @"(?<year>\d{4})/(?<monthNumber>\d{1,2})/(?<day>\d{1,2})(?![\d/])";

    private const string AnyDay = "(?:" + IsoDay + "|" + SlashedDay
        + "|" + Weekday + MonthName + @"\s+" + DayOfMonth + @",?\s+" + Year
        + "|" + Weekday + DayOfMonth + @"\s+(?:of\s+)?" + MonthName + @",?\s+" + Year + ")";

    [GeneratedRegex("^" + AnyDay + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeDay();

    [GeneratedRegex(@"\G" + AnyDay, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayAtPosition();

    // Not inside a longer word or number: "Summary 2025" is no date, "v2025-01-01" neither.
    [GeneratedRegex(@"(?<![\p{L}\d/.-])" + AnyDay, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayAnywhere();

    [GeneratedRegex(@"^(?:" + MonthName + @",?\s+\d{4}|\d{4}-(?:0[1-9]|1[0-2])|\d{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeMonthOrYear();
}
