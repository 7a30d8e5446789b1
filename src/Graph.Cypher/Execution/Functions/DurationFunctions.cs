using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Execution.Functions;

/// <summary>duration() from a map, an ISO string or another duration, and the differences between two temporal values.</summary>
internal static class DurationFunctions
{
    public static IEnumerable<FunctionDefinition> All { get; } =
    [
        new("duration", 1, 1, (a, _, p) => a[0] switch
        {
            null => null,
            string text => DurationParsing.Parse(text),
            IReadOnlyDictionary<string, object?> map => DurationComponents.FromMap(map),
            DurationValue duration => duration,
            var other => throw RuntimeErrors.Expected("a String or Map", other, p),
        }),
        new("duration.between", 2, 2, (a, _, p) => Between(a, p, DurationBetween.Unit.All)),
        new("duration.inMonths", 2, 2, (a, _, p) => Between(a, p, DurationBetween.Unit.Months)),
        new("duration.inDays", 2, 2, (a, _, p) => Between(a, p, DurationBetween.Unit.Days)),
        new("duration.inSeconds", 2, 2, (a, _, p) => Between(a, p, DurationBetween.Unit.Seconds)),
    ];

    private static object? Between(object?[] a, Ast.Position position, DurationBetween.Unit unit)
    {
        if (a[0] is null || a[1] is null)
        {
            return null;
        }
        if (a[0] is not ITemporalValue from || from is DurationValue || a[1] is not ITemporalValue to || to is DurationValue)
        {
            throw RuntimeErrors.Expected("two temporal instants", a[0] is ITemporalValue and not DurationValue ? a[1] : a[0], position);
        }
        return DurationBetween.Of(from, to, unit);
    }
}
