namespace Graph.Core.Cypher;

/// <summary>
/// A session whose store sees every write to its graph and numbers the commits. What was read while
/// <see cref="CommittedVersion"/> stayed the same stays true until it changes, so it may be cached until then.
/// The embedded store has one (its data directory is locked to one process); Neo4j does not, since other
/// clients (Neo4j Browser, another importer) can write to it unseen.
/// </summary>
public interface ICommitVersion
{
    /// <summary>Changes with every commit that reaches readers; never goes back.</summary>
    long CommittedVersion { get; }
}
