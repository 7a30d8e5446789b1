using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Keeps the rows where the predicate is true (not false, not null).</summary>
internal sealed class Filter(Operator input, Evaluator predicate, string text) : Operator(input)
{
    // Passes its input's rows on unchanged.
    public override bool YieldsOwnRows => Input!.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            switch (predicate(row, context))
            {
                case true:
                    yield return row;
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
