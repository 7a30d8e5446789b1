using Graph.Cypher.Execution.Writes;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>CREATE: makes the pattern's new nodes and relationships once per input row.</summary>
internal sealed class Create(Operator input, EntityCreator creator) : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
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
        "Create(" + string.Join(", ", creator.Nodes.Where(node => !node.Bound).Select(node => $"({node.Variable}{string.Concat(node.Labels.Select(label => ":" + label))})")
            .Concat(creator.Relationships.Select(relationship => $"[{relationship.Variable}:{relationship.Type}]"))) + ")";
}
