using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>ISO-8601 durations: P1Y2M3W4DT5H6M7.5S (any part fractional or signed) and P2012-02-02T14:37:21.545.</summary>
internal static partial class DurationParsing
{
    private const string Number = @"[-+]?[0-9]+(?:[.,][0-9]+)?";

    [GeneratedRegex($@"^(?<sign>[-+]?)P(?:(?<years>{Number})Y)?(?:(?<months>{Number})M)?(?:(?<weeks>{Number})W)?(?:(?<days>{Number})D)?(?:T(?:(?<hours>{Number})H)?(?:(?<minutes>{Number})M)?(?:(?<seconds>{Number})S)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"^(?<sign>[-+]?)P(?<years>[0-9]{4})-(?<months>[0-9]{2})-(?<days>[0-9]{2})T(?<hours>[0-9]{2}):(?<minutes>[0-9]{2}):(?<seconds>[0-9]{2}(?:[.,][0-9]+)?)$")]
    private static partial Regex DateTimePattern();

    private static readonly string[] Units = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"];

    public static DurationValue Parse(string text)
    {
        var match = UnitPattern().Match(text);
        if (!match.Success || text.EndsWith('T') || text.Length < 3)
        {
            match = DateTimePattern().Match(text);
        }
        if (!match.Success)
        {
            throw TemporalParsing.Invalid(text);
        }
        var negate = match.Groups["sign"].Value == "-" ? -1m : 1m;
        var values = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in Units)
        {
            if (match.Groups[unit].Success)
            {
                values[unit] = negate * decimal.Parse(match.Groups[unit].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }
        return DurationComponents.From(values);
    }
}
