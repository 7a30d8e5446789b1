using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Binds a node variable to every node, or every node with a label (Label set).</summary>
internal sealed class NodeScan(Operator input, int slot, string variable, string? label) : Operator(input)
{
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            var view = context.View;
            var nodes = label is null ? view.AllNodes() : view.NodesWithLabel(label);
            foreach (var node in nodes)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var output = (object?[])row.Clone();
                output[slot] = new NodeRef(node.Id);
                yield return output;
            }
        }
    }

    public override string Describe(GraphSnapshot snapshot) =>
        label is null ? $"AllNodesScan({variable})" : $"NodeByLabelScan({variable}:{label})";
}
