using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Planning;

/// <summary>Operators: boolean logic (three-valued), comparisons, arithmetic, IN, string predicates, regex.</summary>
internal sealed partial class ExpressionCompiler
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private Evaluator CompileBinary(BinaryExpression binary, SlotScope scope)
    {
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor)
        {
            RequireBooleanOperand(binary.Left);
            RequireBooleanOperand(binary.Right);
        }
        var left = Compile(binary.Left, scope);
        var right = Compile(binary.Right, scope);
        var position = binary.Position;
        var op = binary.Operator;
        if (LoweredOperand(binary) is { } lowered)
        {
            return CompileLoweredPredicate(op, Compile(lowered, scope), left, right);
        }
        switch (op)
        {
            case BinaryOperator.And:
                return (row, context) =>
                {
                    var a = Logical(left(row, context), position);
                    if (a == false)
                    {
                        return False;
                    }
                    var b = Logical(right(row, context), position);
                    return b == false ? False : a is null || b is null ? null : True;
                };
            case BinaryOperator.Or:
                return (row, context) =>
                {
                    var a = Logical(left(row, context), position);
                    if (a == true)
                    {
                        return True;
                    }
                    var b = Logical(right(row, context), position);
                    return b == true ? True : a is null || b is null ? null : False;
                };
            case BinaryOperator.Xor:
                return (row, context) =>
                {
                    var a = Logical(left(row, context), position);
                    var b = Logical(right(row, context), position);
                    return a is null || b is null ? null : Boxed(a != b);
                };
            case BinaryOperator.Equal:
                return (row, context) => Boxed(ValueEquality.Equal(left(row, context), right(row, context)));
            case BinaryOperator.NotEqual:
                return (row, context) => Boxed(!ValueEquality.Equal(left(row, context), right(row, context)));
            case BinaryOperator.LessThan:
                return (row, context) => Ordered(left(row, context), right(row, context), c => c < 0);
            case BinaryOperator.GreaterThan:
                return (row, context) => Ordered(left(row, context), right(row, context), c => c > 0);
            case BinaryOperator.LessOrEqual:
                return (row, context) => Ordered(left(row, context), right(row, context), c => c <= 0);
            case BinaryOperator.GreaterOrEqual:
                return (row, context) => Ordered(left(row, context), right(row, context), c => c >= 0);
            case BinaryOperator.In:
                return (row, context) => In(left(row, context), right(row, context), position);
            case BinaryOperator.StartsWith or BinaryOperator.EndsWith or BinaryOperator.Contains:
                return (row, context) => left(row, context) is string s && right(row, context) is string t ? Boxed(StringPredicate(op, s, t)) : null;
            case BinaryOperator.RegexMatch:
                return (row, context) => left(row, context) is string s && right(row, context) is string pattern ? Regex(pattern, position).IsMatch(s) : null;
            default:
                return (row, context) => Arithmetic.Apply(op, left(row, context), right(row, context), position);
        }
    }

    /// <summary>&lt; &gt; &lt;= &gt;=: null when incomparable, false when a number is NaN.</summary>
    private static object? Ordered(object? left, object? right, Func<int, bool> test)
    {
        if (left is double x && double.IsNaN(x) && right is long or double || right is double y && double.IsNaN(y) && left is long or double)
        {
            return False;
        }
        return ValueEquality.Compare(left, right) is { } c ? Boxed(test(c)) : null;
    }

    private static bool? Logical(object? value, Position position) => value switch
    {
        null => null,
        bool b => b,
        _ => throw RuntimeErrors.Expected("Boolean", value, position),
    };

    private static object? In(object? item, object? container, Position position)
    {
        if (container is null)
        {
            return null;
        }
        if (container is not IReadOnlyList<object?> list)
        {
            throw RuntimeErrors.Expected("List", container, position);
        }
        var sawNull = false;
        foreach (var element in list)
        {
            var equal = ValueEquality.Equal(item, element);
            if (equal == true)
            {
                return true;
            }
            sawNull |= equal is null;
        }
        return sawNull ? null : false;
    }

    private static Regex Regex(string pattern, Position position)
    {
        try
        {
            return Patterns.GetOrAdd(pattern, p => new Regex("^(?:" + p + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5)));
        }
        catch (ArgumentException e)
        {
            throw RuntimeErrors.Argument($"Invalid Regex: {e.Message}", position);
        }
    }

    /// <summary>A literal that can never be boolean is a compile-time error in a boolean operator.</summary>
    private static void RequireBooleanOperand(Expression operand)
    {
        if (operand is Literal { Value: not (null or bool) } or ListLiteral or MapLiteral)
        {
            throw RuntimeErrors.Type($"Type mismatch: expected Boolean but was {ExpressionText.Of(operand)}", operand.Position);
        }
    }

    private Evaluator CompileUnary(UnaryExpression unary, SlotScope scope)
    {
        if (unary.Operator == UnaryOperator.Not)
        {
            RequireBooleanOperand(unary.Operand);
        }
        var operand = Compile(unary.Operand, scope);
        var position = unary.Position;
        return unary.Operator switch
        {
            UnaryOperator.Not => (row, context) => Logical(operand(row, context), position) is { } b ? Boxed(!b) : null,
            UnaryOperator.Negate => (row, context) => Arithmetic.Negate(operand(row, context), position),
            _ => (row, context) => operand(row, context) switch
            {
                null => null,
                long l => (object)l,
                double d => (object)d,
                var other => throw RuntimeErrors.Expected("a number", other, position),
            },
        };
    }

    private static bool StringPredicate(BinaryOperator op, string text, string term) => op switch
    {
        BinaryOperator.StartsWith => text.StartsWith(term, StringComparison.Ordinal),
        BinaryOperator.EndsWith => text.EndsWith(term, StringComparison.Ordinal),
        _ => text.Contains(term, StringComparison.Ordinal),
    };

    /// <summary>The argument of <c>toLower(x)</c> (or <c>lower(x)</c>) on the left of STARTS WITH, ENDS WITH or CONTAINS.</summary>
    private static Expression? LoweredOperand(BinaryExpression binary) =>
        binary.Operator is BinaryOperator.StartsWith or BinaryOperator.EndsWith or BinaryOperator.Contains
        && binary.Left is FunctionCall { LowerName: "tolower" or "lower", Distinct: false, Star: false, Arguments: [var argument] }
            ? argument
            : null;

    /// <summary>
    /// Tests the lowered text without making it (see <see cref="LoweredText"/>); a value that is not a string takes the
    /// general path, so toLower's own errors and nulls are unchanged.
    /// </summary>
    private static Evaluator CompileLoweredPredicate(BinaryOperator op, Evaluator argument, Evaluator left, Evaluator right) =>
        (row, context) =>
        {
            if (argument(row, context) is string text && right(row, context) is string term)
            {
                return Boxed(LoweredText.Matches(op, text, term));
            }
            return left(row, context) is string s && right(row, context) is string t ? Boxed(StringPredicate(op, s, t)) : null;
        };
}
