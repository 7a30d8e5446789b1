using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// Offsets of zones at instants and at local times. Local times resolve as java.time resolves them (Neo4j's
/// behaviour): in a DST overlap the earlier offset wins (or the one the value had), a time in a DST gap moves forward by the gap's length.
/// </summary>
internal static partial class TimeZones
{
    [GeneratedRegex(@"^(?<sign>[+-])(?<hours>[0-9]{2})(?::?(?<minutes>[0-9]{2})(?::?(?<seconds>[0-9]{2}))?)?$")]
    private static partial Regex OffsetPattern();

    public static ZoneSpec Parse(string text)
    {
        if (TryParseOffset(text, out var offset))
        {
            return ZoneSpec.Fixed(offset);
        }
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(text);
            return new ZoneSpec(0, zone, text);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw RuntimeErrors.Argument($"Invalid value for TimeZone: Text '{text}'");
        }
    }

    /// <summary>Z, ±HH, ±HHMM, ±HH:MM, ±HH:MM:SS.</summary>
    public static bool TryParseOffset(string text, out int offsetSeconds)
    {
        offsetSeconds = 0;
        if (text is "Z" or "z")
        {
            return true;
        }
        var match = OffsetPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }
        var seconds = Number(match, "hours") * 3600 + Number(match, "minutes") * 60 + Number(match, "seconds");
        if (seconds > 18 * 3600)
        {
            throw RuntimeErrors.Argument($"Zone offset not in valid range: -18:00 to +18:00: {text}");
        }
        offsetSeconds = match.Groups["sign"].Value == "-" ? -seconds : seconds;
        return true;
    }

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    public static int OffsetAt(ZoneSpec zone, long epochSecond) =>
        zone.Named is null ? zone.FixedOffset : Seconds(zone.Named.GetUtcOffset(ToDateTime(epochSecond, DateTimeKind.Utc)));

    /// <summary>The instant a local time names in the zone, with the offset it has there.</summary>
    public static DateTimeValue AtLocal(long epochDay, long nanoOfDay, ZoneSpec zone, int? preferredOffset = null)
    {
        var localSecond = epochDay * CalendarMath.SecondsPerDay + nanoOfDay / CalendarMath.NanosPerSecond;
        var nano = (int)(nanoOfDay % CalendarMath.NanosPerSecond);
        if (zone.Named is not { } named)
        {
            return new DateTimeValue(localSecond - zone.FixedOffset, nano, zone.FixedOffset, null);
        }
        var local = ToDateTime(localSecond, DateTimeKind.Unspecified);
        int offset;
        if (named.IsAmbiguousTime(local))
        {
            // A value moved along the calendar keeps its offset when it is still valid (java.time's preferred offset).
            var offsets = named.GetAmbiguousTimeOffsets(local).Select(Seconds).ToList();
            offset = preferredOffset is { } preferred && offsets.Contains(preferred) ? preferred : offsets.Max();
        }
        else if (named.IsInvalidTime(local))
        {
            // The offset before the gap, read a day earlier: the instant lands after the gap, seen at the later offset.
            offset = OffsetAt(zone, localSecond - CalendarMath.SecondsPerDay);
        }
        else
        {
            offset = Seconds(named.GetUtcOffset(local));
        }
        return AtInstant(localSecond - offset, nano, zone);
    }

    public static DateTimeValue AtInstant(long epochSecond, int nano, ZoneSpec zone) =>
        new(epochSecond, nano, OffsetAt(zone, epochSecond), zone.Name);

    private static int Seconds(TimeSpan offset) => (int)Math.Round(offset.TotalSeconds);

    // The tz database's rules are only reachable through DateTime (years 1 to 9999); instants beyond use the nearest end.
    private static DateTime ToDateTime(long epochSecond, DateTimeKind kind)
    {
        const long min = -62_135_596_800 + 2 * CalendarMath.SecondsPerDay;
        const long max = 253_402_300_799 - 2 * CalendarMath.SecondsPerDay;
        return DateTime.SpecifyKind(DateTime.UnixEpoch.AddSeconds(Math.Clamp(epochSecond, min, max)), kind);
    }
}
