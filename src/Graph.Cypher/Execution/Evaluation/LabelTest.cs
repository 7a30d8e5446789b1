using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Evaluation;

/// <summary>
/// One compiled label predicate (<c>n:A:B</c>): whether a node has every label. It reads the node's record until
/// statements on one committed snapshot have tested enough nodes to repay building that snapshot's
/// <see cref="LabelBitmap"/>s, then tests bits. A writing statement always reads records: its view holds its own writes.
/// </summary>
internal sealed class LabelTest(string[] labels)
{
    // Building a bitmap walks the label's ids once (a few ns each); a record read costs a few hundred ns. Past this many
    // tests on one snapshot a statement is one that tests many nodes (an expansion, a scan), and the bitmaps pay off.
    private const int TestsBeforeBitmaps = 2048;

    private readonly PerSnapshot<LabelBitmap[]> _bitmaps = new(
        view => Array.ConvertAll(labels, view.LabelBitmaps.Get), static _ => TestsBeforeBitmaps);

    public bool Holds(long id, QueryContext context)
    {
        if (!context.IsWriting && _bitmaps.For(context.View) is { } bitmaps)
        {
            return HasAll(bitmaps, id);
        }
        return context.Node(id) is { } record && HasAll(record);
    }

    private static bool HasAll(LabelBitmap[] bitmaps, long id)
    {
        foreach (var bitmap in bitmaps)
        {
            if (!bitmap.Contains(id))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A loop, not labels.All(record.HasLabel), whose delegate was allocated for every row.</summary>
    private bool HasAll(NodeRecord record)
    {
        foreach (var label in labels)
        {
            if (!record.HasLabel(label))
            {
                return false;
            }
        }
        return true;
    }
}
