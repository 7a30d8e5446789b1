using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Every node, or every node with one label, in id order.</summary>
internal sealed class NodeScan(Operator input, int slot, string variable, string? label) : Operator(input)
{
    /// <summary>Set at plan time when whatever reads the rows is done with each before the next (see <see cref="Expand.ReusesRow"/>).</summary>
    public bool ReusesRow { get; set; }

    public override bool YieldsOwnRows => !ReusesRow;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        object?[]? reused = null;
        foreach (var row in InputRows(context, argument))
        {
            var view = context.View;
            if (ReusesRow)
            {
                // Copied once per input row; only this operator's slot changes from node to node.
                reused ??= new object?[row.Length];
                Array.Copy(row, reused, row.Length);
            }
            // Ids straight from the label set: a scan needs no record, and the reads above look up their own.
            var ids = label is null ? AllIds(view) : view.NodeIdsWithLabel(label);
            foreach (var id in ids)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var output = reused ?? (object?[])row.Clone();
                output[slot] = new NodeRef(id);
                yield return output;
            }
        }
    }

    private static IEnumerable<long> AllIds(GraphSnapshot view)
    {
        foreach (var node in view.AllNodes())
        {
            yield return node.Id;
        }
    }

    public override string Describe(GraphSnapshot snapshot) =>
        label is null ? $"AllNodesScan({variable})" : $"NodeByLabelScan({variable}:{label})";
}
