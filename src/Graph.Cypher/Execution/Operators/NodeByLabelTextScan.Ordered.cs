using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>How a <see cref="NodeByLabelTextScan"/> orders its rows.</summary>
internal enum TextScanOrder
{
    /// <summary>By node id.</summary>
    None,

    /// <summary>By the scanned property's value as ORDER BY n.p orders it, equal values by id.</summary>
    Ascending,

    /// <summary>As ORDER BY n.p DESC, equal values by id (as a stable sort of the id-ordered rows leaves them).</summary>
    Descending,
}

/// <summary>
/// Index-provided order: the matches ordered by the scanned property, so that a Top over it (<see cref="Sort.OrderedInput"/>)
/// stops once it has its rows. Every way of running keeps the promise: the columns' ordered cursors merged, or the
/// matches found as without an order and then sorted.
/// </summary>
internal sealed partial class NodeByLabelTextScan
{
    /// <summary>Set at plan time (<see cref="ProvideOrder"/>); the order holds per input row, so the planner asks it only of a scan over one.</summary>
    public TextScanOrder Order { get; private set; }

    public void ProvideOrder(TextScanOrder order) => Order = order;

    private bool Descending => Order == TextScanOrder.Descending;

    private string OrderText => Order switch
    {
        TextScanOrder.Ascending => $", ordered by {_variable}.{_property}",
        TextScanOrder.Descending => $", ordered by {_variable}.{_property} DESC",
        _ => "",
    };

    private IEnumerable<object?[]> SearchOrdered(QueryContext context, object?[] argument, LoweredTextColumn[] columns)
    {
        foreach (var row in InputRows(context, argument))
        {
            // The values that are not strings first, so that toLower()'s error on one comes however few rows are read;
            // should one match after all, the matches are found in id order and sorted.
            var rows = AnyOtherMatches(context, row, columns)
                ? SortedByValue(Search(context, [row], columns), context)
                : Merged(context, row, columns);
            foreach (var output in rows)
            {
                yield return output;
            }
        }
    }

    /// <summary>The predicate on every node whose value is not a string, in id order and each once, until one holds.</summary>
    private bool AnyOtherMatches(QueryContext context, object?[] row, LoweredTextColumn[] columns)
    {
        if (columns.All(column => column.OtherCount == 0))
        {
            return false;
        }
        var ids = new List<long>();
        foreach (var column in columns)
        {
            ids.AddRange(column.Others);
        }
        ids.Sort();
        var output = (object?[])row.Clone();
        for (var i = 0; i < ids.Count; i++)
        {
            if (i > 0 && ids[i] == ids[i - 1])
            {
                continue;
            }
            output[_slot] = new NodeRef(ids[i]);
            if (Filter.Keeps(_predicate(output, context)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The labels' ordered matches merged by (value, id), a node with several of the labels once.</summary>
    private IEnumerable<object?[]> Merged(QueryContext context, object?[] row, LoweredTextColumn[] columns)
    {
        var term = _term(row, context) as string;
        var cursors = new LoweredTextColumn.OrderedCursor[columns.Length];
        var live = new bool[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            cursors[i] = columns[i].FindOrdered(_op, term, Descending);
            live[i] = cursors[i].MoveNext();
        }
        while (NextInOrder(cursors, live, Descending) is { } node)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var output = new object?[row.Length];
            row.AsSpan().CopyTo(output);
            output[_slot] = new NodeRef(node.Id);
            context.Remember(node);
            yield return output;
        }
    }

    /// <summary>The first head in (value, id) order, after which every cursor that stood on it moves on.</summary>
    private static NodeRecord? NextInOrder(LoweredTextColumn.OrderedCursor[] cursors, bool[] live, bool descending)
    {
        var best = -1;
        for (var i = 0; i < cursors.Length; i++)
        {
            if (live[i] && (best < 0 || Precedes(cursors[i], cursors[best], descending)))
            {
                best = i;
            }
        }
        if (best < 0)
        {
            return null;
        }
        var node = cursors[best].Node;
        for (var i = 0; i < cursors.Length; i++)
        {
            if (live[i] && cursors[i].Node.Id == node.Id)
            {
                live[i] = cursors[i].MoveNext();
            }
        }
        return node;
    }

    private static bool Precedes(LoweredTextColumn.OrderedCursor x, LoweredTextColumn.OrderedCursor y, bool descending)
    {
        var order = ValueOrdering.Instance.Compare(x.Value, y.Value);
        return (descending ? -order : order) < 0 || order == 0 && x.Node.Id < y.Node.Id;
    }

    /// <summary>
    /// Rows of one input row, in id order, sorted by the node's value as ORDER BY sorts it: the sort is stable, so equal
    /// values stay in id order in either direction.
    /// </summary>
    private IEnumerable<object?[]> SortedByValue(IEnumerable<object?[]> rows, QueryContext context)
    {
        var keyed = rows.Select(row => (Row: row, Value: ValueOf(row, context)));
        var sorted = Descending
            ? keyed.OrderByDescending(entry => entry.Value, ValueOrdering.Instance)
            : keyed.OrderBy(entry => entry.Value, ValueOrdering.Instance);
        return sorted.Select(entry => entry.Row);
    }

    /// <summary>What n.p reads for the row's node.</summary>
    private object? ValueOf(object?[] row, QueryContext context) =>
        ValueConversion.Property(context.ReadableNode(((NodeRef)row[_slot]!).Id)?.Properties, _property);
}
