using System.Collections.Concurrent;

namespace Graph.Cypher.Storage;

/// <summary>
/// The <see cref="LabelBitmap"/>s of one committed snapshot, built as statements ask and shared by its readers. The
/// snapshot never changes, so a bitmap never goes stale; a commit publishes a new snapshot with none built.
/// </summary>
internal sealed class LabelBitmaps(GraphState state)
{
    private readonly ConcurrentDictionary<string, Lazy<LabelBitmap>> _bitmaps = new(StringComparer.Ordinal);

    /// <summary>The label's bitmap, built now if no reader has yet (once, however many ask at the same time).</summary>
    public LabelBitmap Get(string label) =>
        _bitmaps.GetOrAdd(label, static (label, state) => new Lazy<LabelBitmap>(
            () => LabelBitmap.Build(state, label), LazyThreadSafetyMode.ExecutionAndPublication), state).Value;
}
