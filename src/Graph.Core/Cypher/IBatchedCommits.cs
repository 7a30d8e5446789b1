namespace Graph.Core.Cypher;

/// <summary>
/// A session whose commits can share their trips to disk. Inside <see cref="BatchCommits"/> every commit is still
/// logged and published whole, in order, but the log is forced to disk (fsync) at most about once a second and when the
/// batch ends, not once per commit. A process crash loses nothing; a machine crash may lose the last second of commits,
/// never part of one. For a bulk writer whose input is the source of truth: the importer, which imports a lost page
/// again on its next run. Neo4j manages its own durability and does not offer this.
/// </summary>
public interface IBatchedCommits
{
    /// <summary>Starts a batch; disposing it forces what the batch committed to disk. Batches may nest.</summary>
    IDisposable BatchCommits();
}
