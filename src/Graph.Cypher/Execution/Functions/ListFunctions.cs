using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Execution.Functions;

/// <summary>List functions (and the few that also accept strings).</summary>
internal static class ListFunctions
{
    public static IEnumerable<FunctionDefinition> All { get; } =
    [
        new("size", 1, 1, Size),
        new("head", 1, 1, (a, _, p) => RequireList(a[0], p, "head") is { } list ? (list.Count > 0 ? list[0] : null) : null),
        new("last", 1, 1, (a, _, p) => RequireList(a[0], p, "last") is { } list ? (list.Count > 0 ? list[^1] : null) : null),
        new("tail", 1, 1, (a, _, p) => RequireList(a[0], p, "tail") is { } list ? list.Skip(1).ToList() : null),
        new("range", 2, 3, Range),
        new("reverse", 1, 1, Reverse),
        new("coalesce", 1, int.MaxValue, (a, _, _) => a.FirstOrDefault(value => value is not null)),
        new("isEmpty", 1, 1, IsEmpty),
    ];

    public static IReadOnlyList<object?>? RequireList(object? value, Position position, string function) => value switch
    {
        null => null,
        IReadOnlyList<object?> list => list,
        _ => throw RuntimeErrors.Type($"Type mismatch: {function}() expected a List but was {CypherTypeNames.Of(value)}", position),
    };

    private static object? Size(object?[] a, QueryContext context, Position position) => a[0] switch
    {
        null => null,
        string s => (long)s.Length,
        IReadOnlyList<object?> list => (long)list.Count,
        IReadOnlyDictionary<string, object?> map => (long)map.Count,
        PathValue => throw RuntimeErrors.Type("Type mismatch: size() expected a String or List but was Path: use length() for paths", position),
        var other => throw RuntimeErrors.Type($"Type mismatch: size() expected a String or List but was {CypherTypeNames.Of(other)}", position),
    };

    private static object? IsEmpty(object?[] a, QueryContext context, Position position) => a[0] switch
    {
        null => null,
        string s => s.Length == 0,
        IReadOnlyList<object?> list => list.Count == 0,
        IReadOnlyDictionary<string, object?> map => map.Count == 0,
        var other => throw RuntimeErrors.Type($"Type mismatch: isEmpty() expected a String, List or Map but was {CypherTypeNames.Of(other)}", position),
    };

    private static object? Range(object?[] a, QueryContext context, Position position)
    {
        if (a.Any(value => value is null))
        {
            throw RuntimeErrors.Argument("Invalid input for range(): arguments must not be null", position);
        }
        var start = RangeBound(a[0], position);
        var end = RangeBound(a[1], position);
        var step = a.Length > 2 ? RangeBound(a[2], position) : 1;
        if (step == 0)
        {
            throw RuntimeErrors.Argument("Invalid input for range(): step must not be zero", position);
        }
        var result = new List<object?>();
        for (var i = start; step > 0 ? i <= end : i >= end; i += step)
        {
            result.Add(i);
            if (result.Count > 10_000_000)
            {
                throw RuntimeErrors.Argument("range() would produce more than 10,000,000 elements", position);
            }
        }
        return result;
    }

    private static long RangeBound(object? value, Position position) =>
        value as long? ?? throw RuntimeErrors.Argument($"Invalid input for range(): expected an Integer but was {CypherTypeNames.Of(value)}", position);

    private static object? Reverse(object?[] a, QueryContext context, Position position) => a[0] switch
    {
        null => null,
        string s => new string(s.Reverse().ToArray()),
        IReadOnlyList<object?> list => list.Reverse().ToList(),
        var other => throw RuntimeErrors.Type($"Type mismatch: reverse() expected a String or List but was {CypherTypeNames.Of(other)}", position),
    };
}
