using System.Globalization;
using System.Text;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>A duration as Neo4j prints it: P1Y2M3DT4H5M6.5S, each part signed, zero parts left out, PT0S for nothing.</summary>
internal static class DurationText
{
    public static string Format(DurationValue duration)
    {
        var text = new StringBuilder("P");
        Part(text, duration.Months / 12, 'Y');
        Part(text, duration.Months % 12, 'M');
        Part(text, duration.Days, 'D');
        var (seconds, nanos) = (duration.Seconds, (long)duration.Nanos);
        if (seconds != 0 || nanos != 0)
        {
            // Nanoseconds are kept positive; a negative amount prints with a negative fraction (-1.5s, not -2s + 0.5s).
            if (seconds < 0 && nanos > 0)
            {
                seconds++;
                nanos -= CalendarMath.NanosPerSecond;
            }
            text.Append('T');
            Part(text, seconds / 3600, 'H');
            Part(text, seconds % 3600 / 60, 'M');
            var rest = seconds % 60;
            if (rest != 0 || nanos != 0)
            {
                text.Append(rest == 0 && nanos < 0 ? "-" : "").Append(rest.ToString(CultureInfo.InvariantCulture));
                if (nanos != 0)
                {
                    text.Append('.').Append(Math.Abs(nanos).ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
                }
                text.Append('S');
            }
        }
        return text.Length == 1 ? "PT0S" : text.ToString();
    }

    private static void Part(StringBuilder text, long value, char unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
