using System.Buffers;
using Graph.Cypher.Ast;

namespace Graph.Cypher.Execution.Evaluation;

/// <summary>
/// <c>toLower(s) CONTAINS t</c> (and STARTS WITH, ENDS WITH) without making the lowered string: a name search tests
/// every node, and a new string per node was most of what it allocated. Invariant lowering keeps the length, so the
/// lowered copy in a stack buffer compares exactly as the string toLower() returns would.
/// </summary>
internal static class LoweredText
{
    private const int StackLimit = 256;

    public static bool Matches(BinaryOperator op, string text, string term)
    {
        char[]? rented = null;
        var lowered = text.Length <= StackLimit
            ? stackalloc char[text.Length]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        text.AsSpan().ToLowerInvariant(lowered);
        var result = op switch
        {
            BinaryOperator.StartsWith => lowered.StartsWith(term),
            BinaryOperator.EndsWith => lowered.EndsWith(term),
            _ => lowered.IndexOf(term) >= 0,
        };
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return result;
    }
}
