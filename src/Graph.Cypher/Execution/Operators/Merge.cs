using Graph.Cypher.Execution.Writes;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// MERGE: per input row, matches the pattern against the latest state (so earlier rows' creations are seen);
/// every match gets ON MATCH SET, or, when nothing matches, the pattern is created and gets ON CREATE SET.
/// </summary>
internal sealed class Merge(Operator input, Operator match, EntityCreator creator, IReadOnlyList<SetAction> onCreate, IReadOnlyList<SetAction> onMatch, string text)
    : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var rows = InputRows(context, argument).ToList();
        var output = new List<object?[]>(rows.Count);
        foreach (var row in rows)
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
                continue;
            }
            var created = (object?[])row.Clone();
            creator.Create(created, context);
            foreach (var action in onCreate)
            {
                action.Apply(created, context);
            }
            output.Add(created);
        }
        return output;
    }

    public override IEnumerable<Operator> Nested => [match];

    public override string Describe(GraphSnapshot snapshot) => $"Merge({text})";
}
