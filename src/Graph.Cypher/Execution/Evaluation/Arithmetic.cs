using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Execution.Evaluation;

/// <summary>
/// + - * / % ^ with Cypher's rules: integer op integer stays integer (overflow is an error), any float makes
/// a float, ^ is always float, + also concatenates strings and lists; null in, null out.
/// </summary>
internal static class Arithmetic
{
    public static object? Apply(BinaryOperator op, object? left, object? right, Position position)
    {
        if (left is null || right is null)
        {
            return null;
        }
        if (op == BinaryOperator.Add)
        {
            var concatenated = TryConcatenate(left, right);
            if (concatenated is not null)
            {
                return concatenated;
            }
        }
        if ((left is ITemporalValue || right is ITemporalValue) && TemporalArithmetic.Apply(op, left, right, position) is { } temporal)
        {
            return temporal;
        }
        if (left is not (long or double) || right is not (long or double))
        {
            throw RuntimeErrors.Type(
                $"Cannot apply {Symbol(op)} to {CypherTypeNames.Of(left)} and {CypherTypeNames.Of(right)}", position);
        }
        if (op == BinaryOperator.Power)
        {
            return Math.Pow(ValueEquality.ToDouble(left), ValueEquality.ToDouble(right));
        }
        if (left is long a && right is long b)
        {
            return Integers(op, a, b, position);
        }
        var (x, y) = (ValueEquality.ToDouble(left), ValueEquality.ToDouble(right));
        return op switch
        {
            BinaryOperator.Add => x + y,
            BinaryOperator.Subtract => x - y,
            BinaryOperator.Multiply => x * y,
            BinaryOperator.Divide => x / y,
            BinaryOperator.Modulo => x % y,
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
    }

    private static long Integers(BinaryOperator op, long a, long b, Position position)
    {
        try
        {
            return op switch
            {
                BinaryOperator.Add => checked(a + b),
                BinaryOperator.Subtract => checked(a - b),
                BinaryOperator.Multiply => checked(a * b),
                BinaryOperator.Divide when b == 0 => throw RuntimeErrors.Arithmetic("/ by zero", position),
                BinaryOperator.Divide => checked(a / b),
                BinaryOperator.Modulo when b == 0 => throw RuntimeErrors.Arithmetic("/ by zero", position),
                BinaryOperator.Modulo => b == -1 ? 0 : a % b,
                _ => throw new ArgumentOutOfRangeException(nameof(op)),
            };
        }
        catch (OverflowException)
        {
            throw RuntimeErrors.Arithmetic($"long overflow: {a} {Symbol(op)} {b}", position);
        }
    }

    private static object? TryConcatenate(object left, object right)
    {
        switch (left)
        {
            case IReadOnlyList<object?> a when right is IReadOnlyList<object?> b:
                return new List<object?>(a.Concat(b));
            case IReadOnlyList<object?> a:
                return new List<object?>(a) { right };
            default:
                if (right is IReadOnlyList<object?> list)
                {
                    var result = new List<object?>(list.Count + 1) { left };
                    result.AddRange(list);
                    return result;
                }
                if (left is string s && right is string or long or double or bool)
                {
                    return s + TextOf(right);
                }
                if (right is string t && left is long or double or bool)
                {
                    return TextOf(left) + t;
                }
                return null;
        }
    }

    private static string TextOf(object value) => Functions.ConversionFunctions.ToText(value)!;

    public static object? Negate(object? value, Position position) => value switch
    {
        null => null,
        long l when l == long.MinValue => throw RuntimeErrors.Arithmetic("long overflow: -(" + l + ")", position),
        long l => (object)-l,
        double d => (object)-d,
        DurationValue duration => TemporalArithmetic.Negate(duration, position),
        _ => throw RuntimeErrors.Type($"Cannot negate a value of type {CypherTypeNames.Of(value)}", position),
    };

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Power => "^",
        _ => op.ToString(),
    };
}
