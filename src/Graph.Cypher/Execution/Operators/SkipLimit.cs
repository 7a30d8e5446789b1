using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>SKIP n (IsLimit false) or LIMIT n; n is evaluated once, before any row, and must be a non-negative integer.</summary>
internal sealed class SkipLimit(Operator input, bool isLimit, Evaluator count, string text, Position position) : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var n = Count(context, argument);
        if (!isLimit)
        {
            return InputRows(context, argument).Skip(n);
        }
        if (!context.IsWriting)
        {
            return n == 0 ? [] : InputRows(context, argument).Take(n);
        }
        return TakeAndDrain(InputRows(context, argument), n);
    }

    /// <summary>In a writing statement every input row is still produced, so LIMIT never skips side effects.</summary>
    private static IEnumerable<object?[]> TakeAndDrain(IEnumerable<object?[]> rows, int n)
    {
        var taken = 0;
        foreach (var row in rows)
        {
            if (taken < n)
            {
                taken++;
                yield return row;
            }
        }
    }

    private int Count(QueryContext context, object?[] argument)
    {
        var value = count(argument, context);
        if (value is double d && d == Math.Floor(d))
        {
            value = (long)d;
        }
        if (value is not long n || n < 0)
        {
            throw RuntimeErrors.Argument(
                $"Invalid input. '{Functions.ConversionFunctions.ToText(value) ?? "null"}' is not a valid value for {(isLimit ? "LIMIT" : "SKIP")}. Must be a non-negative integer.",
                position);
        }
        return (int)Math.Min(n, int.MaxValue);
    }

    public override string Describe(GraphSnapshot snapshot) => $"{(isLimit ? "Limit" : "Skip")}({text})";
}
