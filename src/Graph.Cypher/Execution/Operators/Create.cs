using Graph.Cypher.Execution.Writes;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// CREATE: makes the pattern's new nodes and relationships once per input row. It reads all its input first, and writes
/// it all before passing a row on, unless the planner found nothing to protect (<paramref name="streamInput"/>, see
/// StreamedWrites): then each row is written and passed on as it comes.
/// </summary>
internal sealed class Create(Operator input, EntityCreator creator, bool streamInput = false) : Operator(input)
{
    public override bool YieldsOwnRows => streamInput;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument) =>
        streamInput ? Stream(context, argument) : Eagerly(context, argument);

    private IEnumerable<object?[]> Stream(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            var created = (object?[])row.Clone();
            creator.Create(created, context);
            yield return created;
        }
    }

    private List<object?[]> Eagerly(QueryContext context, object?[] argument)
    {
        var rows = InputRows(context, argument).ToList();
        var output = new List<object?[]>(rows.Count);
        foreach (var row in rows)
        {
            var created = (object?[])row.Clone();
            creator.Create(created, context);
            output.Add(created);
        }
        return output;
    }

    public override string Describe(GraphSnapshot snapshot) =>
        (streamInput ? "Create, streaming(" : "Create(") + string.Join(", ", creator.Nodes.Where(node => !node.Bound).Select(node => $"({node.Variable}{string.Concat(node.Labels.Select(label => ":" + label))})")
            .Concat(creator.Relationships.Select(relationship => $"[{relationship.Variable}:{relationship.Type}]"))) + ")";
}
