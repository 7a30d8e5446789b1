using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// ISO-8601 strings in the forms Neo4j accepts: calendar (2015-07-21, 20150721, 2015-07), week (2015-W30-2),
/// ordinal (2015-202) and year-only dates; times with or without separators and fractions; offsets and [zone] names.
/// </summary>
internal static partial class TemporalParsing
{
    [GeneratedRegex(@"^(?<year>[0-9]{4}|[+-][0-9]{1,9})(?:-?W(?<week>[0-9]{2})(?:-?(?<dow>[0-9]))?|-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?|(?<month>[0-9]{2})(?<day>[0-9]{2})?|-?(?<ordinal>[0-9]{3}))?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<hour>[0-9]{2})(?::?(?<minute>[0-9]{2})(?::?(?<second>[0-9]{2})(?:[.,](?<fraction>[0-9]{1,9}))?)?)?(?<offset>[Zz]|[+-][0-9]{2}(?::?[0-9]{2}(?::?[0-9]{2})?)?)?(?:\[(?<zone>[^\]]+)\])?$")]
    private static partial Regex TimePattern();

    public static DateValue Date(string text) => new(EpochDay(text, text));

    public static LocalTimeValue LocalTime(string text) => new(Time(text, text).NanoOfDay);

    public static TimeValue Time(string text)
    {
        var time = Time(text, text);
        var offset = time.Zone is null ? 0 : time.Zone.Named is null ? time.Zone.FixedOffset : TimeZones.OffsetAt(time.Zone, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        return new TimeValue(time.NanoOfDay, offset);
    }

    public static LocalDateTimeValue LocalDateTime(string text)
    {
        var (date, time) = Split(text);
        return new LocalDateTimeValue(EpochDay(date, text), time is null ? 0 : Time(time, text).NanoOfDay);
    }

    public static DateTimeValue DateTime(string text)
    {
        var (date, timeText) = Split(text);
        var epochDay = EpochDay(date, text);
        if (timeText is null)
        {
            return TimeZones.AtLocal(epochDay, 0, ZoneSpec.Utc);
        }
        var time = Time(timeText, text);
        return TimeZones.AtLocal(epochDay, time.NanoOfDay, time.Zone ?? ZoneSpec.Utc);
    }

    private static (string Date, string? Time) Split(string text)
    {
        var at = text.IndexOf('T', StringComparison.Ordinal);
        return at < 0 ? (text, null) : (text[..at], text[(at + 1)..]);
    }

    private static long EpochDay(string text, string whole)
    {
        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            throw Invalid(whole);
        }
        var year = long.Parse(match.Groups["year"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (match.Groups["week"].Success)
        {
            return DateSelection.FromWeek(year, Number(match, "week", 1), Number(match, "dow", 1));
        }
        if (match.Groups["ordinal"].Success)
        {
            return DateSelection.FromOrdinal(year, Number(match, "ordinal", 1));
        }
        var (month, day) = (Number(match, "month", 1), Number(match, "day", 1));
        TemporalChecks.Date(year, month, day);
        return CalendarMath.EpochDay(year, (int)month, (int)day);
    }

    /// <summary>The time of day and, when the text names one, its zone (the [name] wins over the offset).</summary>
    private static (long NanoOfDay, ZoneSpec? Zone) Time(string text, string whole)
    {
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            throw Invalid(whole);
        }
        var fraction = match.Groups["fraction"].Success ? long.Parse(match.Groups["fraction"].Value.PadRight(9, '0'), CultureInfo.InvariantCulture) : 0;
        var nanoOfDay = TemporalChecks.NanoOfDay(Number(match, "hour", 0), Number(match, "minute", 0), Number(match, "second", 0), fraction);
        ZoneSpec? zone = null;
        if (match.Groups["zone"].Success)
        {
            zone = TimeZones.Parse(match.Groups["zone"].Value);
        }
        else if (match.Groups["offset"].Success)
        {
            zone = TimeZones.Parse(match.Groups["offset"].Value);
        }
        return (nanoOfDay, zone);
    }

    private static long Number(Match match, string group, long absent) =>
        match.Groups[group].Success ? long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : absent;

    public static Graph.Core.Cypher.CypherException Invalid(string text) =>
        RuntimeErrors.Argument($"Text cannot be parsed to a temporal value: '{text}'");
}
