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

    private sealed record Bitmaps(GraphSnapshot Snapshot, LabelBitmap[] Labels);

    /// <summary>Tests counted on one snapshot; increments may race, which only moves the moment the bitmaps are built.</summary>
    private sealed class Tally(GraphSnapshot snapshot)
    {
        public readonly GraphSnapshot Snapshot = snapshot;
        public int Tests;
    }

    // Plans are cached and run concurrently: each field holds one object, replaced whole, and bitmaps are only used
    // for the snapshot they were built from.
    private Bitmaps? _bitmaps;
    private Tally? _tally;

    public bool Holds(long id, QueryContext context)
    {
        if (!context.IsWriting && BitmapsFor(context.View) is { } bitmaps)
        {
            return HasAll(bitmaps.Labels, id);
        }
        return context.Node(id) is { } record && HasAll(record);
    }

    /// <summary>The snapshot's bitmaps once it has seen enough tests (building them then), else null.</summary>
    private Bitmaps? BitmapsFor(GraphSnapshot view)
    {
        if (_bitmaps is { } bitmaps && ReferenceEquals(bitmaps.Snapshot, view))
        {
            return bitmaps;
        }
        var tally = _tally;
        if (tally is null || !ReferenceEquals(tally.Snapshot, view))
        {
            _tally = tally = new Tally(view);
        }
        if (++tally.Tests < TestsBeforeBitmaps)
        {
            return null;
        }
        var made = new Bitmaps(view, Array.ConvertAll(labels, view.LabelBitmaps.Get));
        _bitmaps = made;
        return made;
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
