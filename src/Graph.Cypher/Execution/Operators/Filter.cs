using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Keeps the rows where the predicate is true (not false, not null).</summary>
internal sealed class Filter(Operator input, Evaluator predicate, string text) : Operator(input)
{
    /// <summary>Set at plan time when the rows below are reused (see <see cref="RowReuse.MarkBeneathHolder"/>): kept rows are copied.</summary>
    public bool CopiesPassingRows { get; set; }

    // Passes its input's rows on unchanged, or copies of them.
    public override bool YieldsOwnRows => CopiesPassingRows || Input!.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            if (Keeps(predicate(row, context)))
            {
                yield return CopiesPassingRows ? (object?[])row.Clone() : row;
            }
        }
    }

    /// <summary>Whether a predicate's value keeps its row: true does, false and null do not, anything else is an error.</summary>
    public static bool Keeps(object? value) => value switch
    {
        true => true,
        null or false => false,
        var other => throw RuntimeErrors.Expected("Boolean", other),
    };

    public override string Describe(GraphSnapshot snapshot) => $"Filter({text})";
}
