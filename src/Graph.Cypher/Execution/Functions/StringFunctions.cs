using System.Text;
using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Execution.Functions;

/// <summary>String functions; null in any argument gives null.</summary>
internal static class StringFunctions
{
    public static IEnumerable<FunctionDefinition> All { get; } =
    [
        new("toLower", 1, 1, (a, _, p) => Map(a[0], p, "toLower", s => s.ToLowerInvariant())),
        new("toUpper", 1, 1, (a, _, p) => Map(a[0], p, "toUpper", s => s.ToUpperInvariant())),
        new("lower", 1, 1, (a, _, p) => Map(a[0], p, "lower", s => s.ToLowerInvariant())),
        new("upper", 1, 1, (a, _, p) => Map(a[0], p, "upper", s => s.ToUpperInvariant())),
        new("trim", 1, 1, (a, _, p) => Map(a[0], p, "trim", s => s.Trim())),
        new("ltrim", 1, 1, (a, _, p) => Map(a[0], p, "ltrim", s => s.TrimStart())),
        new("rtrim", 1, 1, (a, _, p) => Map(a[0], p, "rtrim", s => s.TrimEnd())),
        new("split", 2, 2, Split),
        new("replace", 3, 3, Replace),
        new("substring", 2, 3, Substring),
        new("left", 2, 2, (a, _, p) => Take(a, p, "left", fromLeft: true)),
        new("right", 2, 2, (a, _, p) => Take(a, p, "right", fromLeft: false)),
    ];

    public static string? RequireString(object? value, Position position, string function) => value switch
    {
        null => null,
        string s => s,
        _ => throw RuntimeErrors.Type($"Type mismatch: {function}() expected a String but was {CypherTypeNames.Of(value)}", position),
    };

    public static long RequireInteger(object? value, Position position, string function) => value switch
    {
        long l => l,
        _ => throw RuntimeErrors.Type($"Type mismatch: {function}() expected an Integer but was {CypherTypeNames.Of(value)}", position),
    };

    private static object? Map(object? value, Position position, string name, Func<string, string> body) =>
        RequireString(value, position, name) is { } s ? body(s) : null;

    private static object? Split(object?[] a, QueryContext context, Position position)
    {
        var text = RequireString(a[0], position, "split");
        if (text is null || a[1] is null)
        {
            return null;
        }
        string[] parts;
        if (a[1] is IReadOnlyList<object?> separators)
        {
            parts = text.Split(separators.Select(s => RequireString(s, position, "split") ?? "").ToArray(), StringSplitOptions.None);
        }
        else
        {
            var separator = RequireString(a[1], position, "split")!;
            parts = separator.Length == 0
                ? text.Select(c => c.ToString()).ToArray()
                : text.Split(separator, StringSplitOptions.None);
        }
        return parts.Cast<object?>().ToList();
    }

    private static object? Replace(object?[] a, QueryContext context, Position position)
    {
        var text = RequireString(a[0], position, "replace");
        var search = RequireString(a[1], position, "replace");
        var replacement = RequireString(a[2], position, "replace");
        if (text is null || search is null || replacement is null)
        {
            return null;
        }
        if (search.Length == 0)
        {
            // Like Java's String.replace: the replacement goes between every character and at both ends.
            var result = new StringBuilder(replacement);
            foreach (var c in text)
            {
                result.Append(c).Append(replacement);
            }
            return result.ToString();
        }
        return text.Replace(search, replacement, StringComparison.Ordinal);
    }

    private static object? Substring(object?[] a, QueryContext context, Position position)
    {
        var text = RequireString(a[0], position, "substring");
        if (text is null)
        {
            return null;
        }
        var start = RequireInteger(a[1], position, "substring");
        if (start < 0)
        {
            throw RuntimeErrors.Argument($"Invalid input for substring(): start must be non-negative, got {start}", position);
        }
        var length = a.Length > 2 ? RequireInteger(a[2], position, "substring") : long.MaxValue;
        if (length < 0)
        {
            throw RuntimeErrors.Argument($"Invalid input for substring(): length must be non-negative, got {length}", position);
        }
        if (start >= text.Length)
        {
            return "";
        }
        return text.Substring((int)start, (int)Math.Min(length, text.Length - start));
    }

    private static object? Take(object?[] a, Position position, string name, bool fromLeft)
    {
        var text = RequireString(a[0], position, name);
        if (text is null)
        {
            return null;
        }
        if (a[1] is null)
        {
            throw RuntimeErrors.Argument($"Invalid input for {name}(): length must not be null", position);
        }
        var length = RequireInteger(a[1], position, name);
        if (length < 0)
        {
            throw RuntimeErrors.Argument($"Invalid input for {name}(): length must be non-negative, got {length}", position);
        }
        var count = (int)Math.Min(length, text.Length);
        return fromLeft ? text[..count] : text[(text.Length - count)..];
    }
}
