using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Evaluation;

/// <summary>
/// Something a compiled expression builds (or fetches from the snapshot's caches) for one committed snapshot once it
/// has been used there often enough to repay it: label bitmaps, property columns, relationship ends. Until then the
/// caller reads records.
/// </summary>
/// <remarks>
/// Plans are cached and run concurrently: each field holds one object, replaced whole, and what was built is only
/// handed out for the snapshot it was built from. Counts may race, which only moves the moment it is built.
/// </remarks>
internal sealed class PerSnapshot<T>(Func<GraphSnapshot, T?> build, Func<GraphSnapshot, long> usesBeforeBuilding) where T : class
{
    private sealed record Built(GraphSnapshot Snapshot, T? Value);

    private sealed class Tally(GraphSnapshot snapshot, long needed)
    {
        public readonly GraphSnapshot Snapshot = snapshot;
        public readonly long Needed = needed;
        public long Uses;
    }

    private Built? _built;
    private Tally? _tally;

    /// <summary>Counts <paramref name="uses"/> on the snapshot; what was built for it, or null (not yet due, or it cannot be built).</summary>
    public T? For(GraphSnapshot view, long uses = 1)
    {
        if (_built is { } built && ReferenceEquals(built.Snapshot, view))
        {
            return built.Value;
        }
        var tally = _tally;
        if (tally is null || !ReferenceEquals(tally.Snapshot, view))
        {
            _tally = tally = new Tally(view, usesBeforeBuilding(view));
        }
        if ((tally.Uses += uses) < tally.Needed)
        {
            return null;
        }
        var made = new Built(view, build(view));
        _built = made;
        return made.Value;
    }
}
