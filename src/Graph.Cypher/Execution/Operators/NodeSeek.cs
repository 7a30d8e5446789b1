using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Binds a node variable to the nodes with Label whose Property equals a value: the index seek when
/// Label.Property is indexed (the store picks the index), else a label scan comparing the property.
/// </summary>
internal sealed class NodeSeek(Operator input, int slot, string variable, string label, string property, Evaluator value, string valueText)
    : Operator(input)
{
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            var key = value(row, context);
            if (key is null)
            {
                continue;
            }
            foreach (var node in context.FindNodes(label, property, key))
            {
                var output = (object?[])row.Clone();
                output[slot] = new NodeRef(node.Id);
                yield return output;
            }
        }
    }

    public override string Describe(GraphSnapshot snapshot)
    {
        var index = snapshot.Indexes.FirstOrDefault(definition =>
            definition.Label == label && definition.Property == property);
        var kind = index is null ? "NodeByLabelAndPropertyScan" : index.Unique ? "NodeUniqueIndexSeek" : "NodeIndexSeek";
        return $"{kind}({variable}:{label} {{{property}: {valueText}}})";
    }
}
