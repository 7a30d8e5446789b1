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
            switch (predicate(row, context))
            {
                case true:
                    yield return CopiesPassingRows ? (object?[])row.Clone() : row;
                    break;
                case null or false:
                    break;
                case var other:
                    throw RuntimeErrors.Expected("Boolean", other);
            }
        }
    }

    public override string Describe(GraphSnapshot snapshot) => $"Filter({text})";
}
