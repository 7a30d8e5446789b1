using System.Globalization;
using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Execution.Functions;

/// <summary>toString, toInteger, toFloat, toBoolean (and their OrNull forms): unconvertible strings give null.</summary>
internal static class ConversionFunctions
{
    public static IEnumerable<FunctionDefinition> All { get; } =
    [
        new("toString", 1, 1, (a, _, p) => ToText(a[0]) ?? (a[0] is null ? null : throw Cannot("toString", a[0], p))),
        new("toStringOrNull", 1, 1, (a, _, _) => ToText(a[0])),
        new("toInteger", 1, 1, (a, _, p) => ToInteger(a[0], p, strict: true)),
        new("toIntegerOrNull", 1, 1, (a, _, p) => ToInteger(a[0], p, strict: false)),
        new("toFloat", 1, 1, (a, _, p) => ToFloat(a[0], p, strict: true)),
        new("toFloatOrNull", 1, 1, (a, _, p) => ToFloat(a[0], p, strict: false)),
        new("toBoolean", 1, 1, (a, _, p) => ToBoolean(a[0], p, strict: true)),
        new("toBooleanOrNull", 1, 1, (a, _, p) => ToBoolean(a[0], p, strict: false)),
    ];

    /// <summary>The text of a scalar as toString() gives it; null for values that have none.</summary>
    public static string? ToText(object? value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => CypherValueText.FormatFloat(d),
        bool b => b ? "true" : "false",
        Values.Temporal.ITemporalValue temporal => temporal.ToString(),
        _ => null,
    };

    private static object? ToInteger(object? value, Position position, bool strict)
    {
        switch (value)
        {
            case null:
                return null;
            case long:
                return value;
            case double d:
                return double.IsFinite(d) && d >= long.MinValue && d <= long.MaxValue ? (long)Math.Truncate(d) : null;
            case bool b:
                return b ? 1L : 0L;
            case string s:
                var text = s.Trim();
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    return integer;
                }
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                {
                    return (long)Math.Truncate(number);
                }
                return null;
            default:
                return strict ? throw Cannot("toInteger", value, position) : null;
        }
    }

    private static object? ToFloat(object? value, Position position, bool strict)
    {
        switch (value)
        {
            case null:
                return null;
            case double:
                return value;
            case long l:
                return (double)l;
            case string s:
                return double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
            default:
                return strict ? throw Cannot("toFloat", value, position) : null;
        }
    }

    private static object? ToBoolean(object? value, Position position, bool strict)
    {
        switch (value)
        {
            case null:
                return null;
            case bool:
                return value;
            case long l:
                return l != 0;
            case string s:
                var text = s.Trim();
                if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
                return string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) ? false : null;
            default:
                return strict ? throw Cannot("toBoolean", value, position) : null;
        }
    }

    private static Exception Cannot(string function, object? value, Position position) =>
        RuntimeErrors.Type($"Type mismatch: {function}() cannot convert a value of type {CypherTypeNames.Of(value)}", position);
}
