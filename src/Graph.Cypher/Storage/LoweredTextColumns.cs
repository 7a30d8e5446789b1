using System.Collections.Concurrent;

namespace Graph.Cypher.Storage;

/// <summary>
/// The <see cref="LoweredTextColumn"/>s of one committed snapshot. The snapshot never changes, so a column never goes
/// stale; a commit publishes a new snapshot with none built. Readers sharing the snapshot share the columns, and each
/// is built once however many ask at the same time.
/// </summary>
/// <remarks>
/// A column is built on the second search of its snapshot, not the first: building costs about two scans, so a store
/// that commits between every pair of searches would pay more for columns it never reuses than for scanning. The first
/// search scans as it would without columns; from the second on a snapshot is searched often enough to repay it.
/// </remarks>
internal sealed class LoweredTextColumns(GraphSnapshot snapshot)
{
    private sealed class Entry(GraphSnapshot snapshot, string label, string property)
    {
        public int Requests;

        public readonly Lazy<LoweredTextColumn?> Column = new(
            () => LoweredTextColumn.Build(snapshot, label, property), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly ConcurrentDictionary<(string Label, string Property), Entry> _columns = new();

    /// <summary>The column, built now if it is not yet; null when it cannot be (see <see cref="LoweredTextColumn.Build"/>).</summary>
    public LoweredTextColumn? Get(string label, string property) => EntryOf(label, property).Column.Value;

    /// <summary>The column when it is built or this is at least its second search; else null, and the caller scans.</summary>
    public LoweredTextColumn? ForSearch(string label, string property)
    {
        var entry = EntryOf(label, property);
        return entry.Column.IsValueCreated || Interlocked.Increment(ref entry.Requests) > 1 ? entry.Column.Value : null;
    }

    /// <summary>What the columns built so far hold.</summary>
    public long SizeInBytes => _columns.Values.Where(entry => entry.Column.IsValueCreated).Sum(entry => entry.Column.Value?.SizeInBytes ?? 0);

    private Entry EntryOf(string label, string property) =>
        _columns.GetOrAdd((label, property), static (key, snapshot) => new Entry(snapshot, key.Label, key.Property), snapshot);
}
