using Graph.Cypher.Execution.Writes;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// MERGE: per input row, matches the pattern against the latest state (so earlier rows' creations are seen);
/// every match gets ON MATCH SET, or, when nothing matches, the pattern is created and gets ON CREATE SET. Like CREATE,
/// it reads all its input first unless <paramref name="streamInput"/> (see StreamedWrites).
/// </summary>
internal sealed class Merge(
    Operator input, Operator match, EntityCreator creator, IReadOnlyList<SetAction> onCreate, IReadOnlyList<SetAction> onMatch, string text,
    bool streamInput = false)
    : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        if (streamInput)
        {
            return Stream(context, argument);
        }
        var rows = InputRows(context, argument).ToList();
        var output = new List<object?[]>(rows.Count);
        foreach (var row in rows)
        {
            MergeRow(row, context, output);
        }
        return output;
    }

    private IEnumerable<object?[]> Stream(QueryContext context, object?[] argument)
    {
        var merged = new List<object?[]>();
        foreach (var row in InputRows(context, argument))
        {
            merged.Clear();
            MergeRow(row, context, merged);
            foreach (var output in merged)
            {
                yield return output;
            }
        }
    }

    private void MergeRow(object?[] row, QueryContext context, List<object?[]> output)
    {
        var matches = match.Run(context, row).ToList();
        if (matches.Count > 0)
        {
            foreach (var matched in matches)
            {
                foreach (var action in onMatch)
                {
                    action.Apply(matched, context);
                }
            }
            output.AddRange(matches);
            return;
        }
        var created = (object?[])row.Clone();
        creator.Create(created, context);
        foreach (var action in onCreate)
        {
            action.Apply(created, context);
        }
        output.Add(created);
    }

    public override IEnumerable<Operator> Nested => [match];

    public override string Describe(GraphSnapshot snapshot) => streamInput ? $"Merge, streaming({text})" : $"Merge({text})";
}
