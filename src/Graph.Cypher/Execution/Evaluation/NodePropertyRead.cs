using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Evaluation;

/// <summary>
/// One compiled <c>n.key</c> on nodes: it reads the node's record until statements on one committed snapshot have read
/// the key often enough to repay a pass over every node (a quarter as many reads as nodes, at least 4,096), then reads
/// the snapshot's <see cref="PropertyColumn"/>. A writing statement always reads records: its view holds its own writes.
/// </summary>
internal sealed class NodePropertyRead(string key)
{
    private const long MinReadsBeforeColumn = 4096;

    private readonly PerSnapshot<PropertyColumn> _column = new(
        view => view.PropertyColumns.Get(key), static view => Math.Max(MinReadsBeforeColumn, view.NodeCount / 4));

    public object? Of(long id, QueryContext context)
    {
        if (!context.IsWriting && _column.For(context.View) is { } column)
        {
            return ValueConversion.FromStored(column[id]);
        }
        return ValueConversion.Property(context.ReadableNode(id)?.Properties, key);
    }
}
