using System.Globalization;
using System.Text;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>The pieces of Neo4j's (java.time's) ISO-8601 output: 1984-10-11, 12:31:14.645, +01:00, Z.</summary>
internal static class TemporalText
{
    public static StringBuilder AppendDate(this StringBuilder text, long epochDay)
    {
        var (year, month, day) = CalendarMath.Civil(epochDay);
        if (Math.Abs(year) < 1000)
        {
            text.Append(year < 0 ? "-" : "").Append(Math.Abs(year).ToString("D4", CultureInfo.InvariantCulture));
        }
        else
        {
            text.Append(year > 9999 ? "+" : "").Append(year.ToString(CultureInfo.InvariantCulture));
        }
        return text.Append('-').Append(Two(month)).Append('-').Append(Two(day));
    }

    /// <summary>Seconds only when not zero, fractions in groups of three digits.</summary>
    public static StringBuilder AppendTime(this StringBuilder text, long nanoOfDay)
    {
        var seconds = nanoOfDay / CalendarMath.NanosPerSecond;
        var nanos = nanoOfDay % CalendarMath.NanosPerSecond;
        text.Append(Two(seconds / 3600)).Append(':').Append(Two(seconds / 60 % 60));
        if (seconds % 60 != 0 || nanos != 0)
        {
            text.Append(':').Append(Two(seconds % 60));
        }
        return nanos == 0 ? text : text.Append('.').Append(Fraction(nanos));
    }

    public static StringBuilder AppendOffset(this StringBuilder text, int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return text.Append('Z');
        }
        var magnitude = Math.Abs(offsetSeconds);
        text.Append(offsetSeconds < 0 ? '-' : '+').Append(Two(magnitude / 3600)).Append(':').Append(Two(magnitude / 60 % 60));
        return magnitude % 60 == 0 ? text : text.Append(':').Append(Two(magnitude % 60));
    }

    public static string Offset(int offsetSeconds) => new StringBuilder().AppendOffset(offsetSeconds).ToString();

    /// <summary>Nanoseconds of a second as 3, 6 or 9 digits, whichever is the shortest exact form.</summary>
    private static string Fraction(long nanos) =>
        nanos % 1_000_000 == 0 ? (nanos / 1_000_000).ToString("D3", CultureInfo.InvariantCulture)
        : nanos % 1000 == 0 ? (nanos / 1000).ToString("D6", CultureInfo.InvariantCulture)
        : nanos.ToString("D9", CultureInfo.InvariantCulture);

    private static string Two(long value) => value.ToString("D2", CultureInfo.InvariantCulture);
}
