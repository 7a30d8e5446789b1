namespace Graph.Cypher.Storage;

/// <summary>Tuning for a persistent <see cref="GraphStore"/>; the defaults are what the service uses.</summary>
public sealed record GraphStoreOptions
{
    public static GraphStoreOptions Default { get; } = new();

    /// <summary>
    /// Force each commit to disk (fsync) before it becomes visible; inside <see cref="GraphStore.BatchCommits"/>, about
    /// once a second and when the batch ends. Turning it off keeps crash safety (no torn graph) but a machine crash may
    /// lose the last commits; a process crash loses nothing.
    /// </summary>
    public bool SyncOnCommit { get; init; } = true;

    /// <summary>When the log reaches this size, a commit folds it into a fresh snapshot.</summary>
    public long CheckpointLogBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Fold the log into a snapshot when the store is disposed, so the next open starts fast.</summary>
    public bool CheckpointOnDispose { get; init; } = true;
}
