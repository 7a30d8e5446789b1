using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Execution.Functions;

/// <summary>Numeric functions; null in gives null out.</summary>
internal static class MathFunctions
{
    public static IEnumerable<FunctionDefinition> All { get; } =
    [
        new("abs", 1, 1, (a, _, p) => a[0] switch
        {
            null => null,
            long l => l == long.MinValue ? throw RuntimeErrors.Arithmetic("long overflow in abs()", p) : (object)Math.Abs(l),
            double d => (object)Math.Abs(d),
            var other => throw NotNumber("abs", other, p),
        }),
        new("ceil", 1, 1, (a, _, p) => Float(a[0], p, "ceil", Math.Ceiling)),
        new("floor", 1, 1, (a, _, p) => Float(a[0], p, "floor", Math.Floor)),
        new("round", 1, 3, Round),
        new("sign", 1, 1, (a, _, p) => a[0] switch
        {
            null => null,
            long l => (long)Math.Sign(l),
            double d => double.IsNaN(d) ? 0L : (long)Math.Sign(d),
            var other => throw NotNumber("sign", other, p),
        }),
        new("sqrt", 1, 1, (a, _, p) => Float(a[0], p, "sqrt", Math.Sqrt)),
        new("exp", 1, 1, (a, _, p) => Float(a[0], p, "exp", Math.Exp)),
        new("log", 1, 1, (a, _, p) => Float(a[0], p, "log", Math.Log)),
        new("log10", 1, 1, (a, _, p) => Float(a[0], p, "log10", Math.Log10)),
        new("sin", 1, 1, (a, _, p) => Float(a[0], p, "sin", Math.Sin)),
        new("cos", 1, 1, (a, _, p) => Float(a[0], p, "cos", Math.Cos)),
        new("tan", 1, 1, (a, _, p) => Float(a[0], p, "tan", Math.Tan)),
        new("pi", 0, 0, (_, _, _) => Math.PI),
        new("e", 0, 0, (_, _, _) => Math.E),
        new("rand", 0, 0, (_, _, _) => Random.Shared.NextDouble()),
    ];

    private static object? Float(object? value, Position position, string name, Func<double, double> body) => value switch
    {
        null => null,
        long or double => body(ValueEquality.ToDouble(value)),
        _ => throw NotNumber(name, value, position),
    };

    /// <summary>round(x) rounds halves up (toward positive infinity), as Neo4j does; round(x, precision) rounds halves away from zero.</summary>
    private static object? Round(object?[] a, QueryContext context, Position position)
    {
        if (a[0] is null)
        {
            return null;
        }
        if (a[0] is not (long or double))
        {
            throw NotNumber("round", a[0], position);
        }
        var value = ValueEquality.ToDouble(a[0]!);
        if (a.Length == 1)
        {
            return double.IsFinite(value) ? Math.Floor(value + 0.5) : value;
        }
        var precision = StringFunctions.RequireInteger(a[1], position, "round");
        if (a.Length == 3 && a[2] is not null && !string.Equals(a[2] as string, "HALF_UP", StringComparison.OrdinalIgnoreCase))
        {
            throw RuntimeErrors.Unsupported($"round() with rounding mode {a[2]}", position);
        }
        return double.IsFinite(value) ? Math.Round(value, (int)Math.Clamp(precision, 0, 15), MidpointRounding.AwayFromZero) : value;
    }

    private static Exception NotNumber(string function, object? value, Position position) =>
        RuntimeErrors.Type($"Type mismatch: {function}() expected a number but was {CypherTypeNames.Of(value)}", position);
}
