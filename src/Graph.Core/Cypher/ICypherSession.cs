namespace Graph.Core.Cypher;

/// <summary>
/// The one way any component talks to a graph backend: Cypher text plus parameters.
/// Long-lived and thread-safe; implemented by the embedded engine and by the Neo4j client.
/// </summary>
public interface ICypherSession : IAsyncDisposable
{
    /// <summary>"embedded" or "neo4j": shown in health output and the CLI.</summary>
    string Backend { get; }

    /// <summary>Runs one statement in its own (auto-commit) transaction.</summary>
    /// <param name="mode">Read refuses statements that write, with <see cref="CypherErrorCodes.AccessMode"/>.</param>
    Task<CypherResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CypherAccessMode mode = CypherAccessMode.Write,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit write transaction: committed when it returns,
    /// rolled back when it throws. All of its statements land, or none.
    /// </summary>
    Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> so that every read statement it sends through this session, on any of its async
    /// branches, sees one version of the graph: the snapshot committed when it starts (embedded), or one read
    /// transaction (Neo4j). One answer built from several statements (a GraphQL response, an export) then never
    /// mixes two versions. Writes are not part of it. Nested calls share the outer one's view.
    /// </summary>
    Task<T> InOneSnapshotAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default);
}

/// <summary>A statement runner inside an explicit transaction; sees its own writes.</summary>
public interface ICypherTransaction
{
    Task<CypherResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);
}

public enum CypherAccessMode
{
    Read,
    Write,
}
