using System.Collections.Concurrent;

namespace Graph.Cypher.Storage;

/// <summary>
/// The <see cref="LoweredTextColumn"/>s of one committed snapshot, each built the first time a query asks for it. The
/// snapshot never changes, so a column never goes stale; a commit publishes a new snapshot with none built. Readers
/// sharing the snapshot share the columns, and each is built once however many ask at the same time.
/// </summary>
internal sealed class LoweredTextColumns(GraphSnapshot snapshot)
{
    private readonly ConcurrentDictionary<(string Label, string Property), Lazy<LoweredTextColumn?>> _columns = new();

    /// <summary>The column, built now if it is not yet; null when it cannot be (see <see cref="LoweredTextColumn.Build"/>).</summary>
    public LoweredTextColumn? Get(string label, string property) =>
        _columns.GetOrAdd((label, property), static (key, snapshot) =>
            new Lazy<LoweredTextColumn?>(() => LoweredTextColumn.Build(snapshot, key.Label, key.Property), LazyThreadSafetyMode.ExecutionAndPublication),
            snapshot).Value;

    /// <summary>What the columns built so far hold.</summary>
    public long SizeInBytes => _columns.Values.Where(column => column.IsValueCreated).Sum(column => column.Value?.SizeInBytes ?? 0);
}
