using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Every node; or every node with a label; or, for <c>n:A OR n:B</c>, every node with any of several labels (each
/// once). In id order.
/// </summary>
internal sealed class NodeScan(Operator input, int slot, string variable, IReadOnlyList<string> labels) : Operator(input)
{
    /// <summary>Set at plan time when whatever reads the rows is done with each before the next (see <see cref="Expand.ReusesRow"/>).</summary>
    public bool ReusesRow { get; set; }

    /// <summary>The slot each node is written to.</summary>
    public int Slot => slot;

    public override bool YieldsOwnRows => !ReusesRow;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        object?[]? reused = null;
        foreach (var row in InputRows(context, argument))
        {
            if (ReusesRow)
            {
                // Copied once per input row; only this operator's slot changes from node to node.
                reused ??= new object?[row.Length];
                Array.Copy(row, reused, row.Length);
            }
            // Ids straight from the label sets: a scan needs no record, and the reads above look up their own.
            foreach (var id in Ids(context.View))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var output = reused ?? (object?[])row.Clone();
                output[slot] = new NodeRef(id);
                yield return output;
            }
        }
    }

    private IEnumerable<long> Ids(GraphSnapshot view) => labels.Count switch
    {
        0 => view.AllNodes().Select(node => node.Id),
        1 => view.NodeIdsWithLabel(labels[0]),
        _ => Union([.. labels.Select(view.NodeIdsWithLabel)]),
    };

    /// <summary>The ids of several sorted sets in ascending order, each once: a merge, so the order stays the id order.</summary>
    private static IEnumerable<long> Union(IdTree[] sets)
    {
        var heads = new IEnumerator<long>[sets.Length];
        var live = new bool[sets.Length];
        try
        {
            for (var i = 0; i < sets.Length; i++)
            {
                heads[i] = sets[i].GetEnumerator();
                live[i] = heads[i].MoveNext();
            }
            while (MergeNext(heads, live, out var next))
            {
                yield return next;
            }
        }
        finally
        {
            foreach (var head in heads)
            {
                head?.Dispose();
            }
        }
    }

    private static bool MergeNext(IEnumerator<long>[] heads, bool[] live, out long next)
    {
        next = long.MaxValue;
        var any = false;
        for (var i = 0; i < heads.Length; i++)
        {
            if (live[i] && heads[i].Current <= next)
            {
                next = heads[i].Current;
                any = true;
            }
        }
        for (var i = 0; any && i < heads.Length; i++)
        {
            if (live[i] && heads[i].Current == next)
            {
                live[i] = heads[i].MoveNext();
            }
        }
        return any;
    }

    public override string Describe(GraphSnapshot snapshot) => labels.Count switch
    {
        0 => $"AllNodesScan({variable})",
        1 => $"NodeByLabelScan({variable}:{labels[0]})",
        _ => $"UnionNodeByLabelsScan({variable}:{string.Join("|", labels)})",
    };
}
