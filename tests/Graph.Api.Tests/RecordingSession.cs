using System.Collections.Concurrent;
using Graph.Core.Cypher;

namespace Graph.Api.Tests;

/// <summary>The real store, with a record of the statements sent to it: lets tests count round trips.</summary>
internal class RecordingSession(ICypherSession inner) : ICypherSession
{
    private readonly ConcurrentQueue<string> statements = new();

    public string Backend => inner.Backend;

    /// <summary>The session it wraps.</summary>
    protected ICypherSession Inner => inner;

    public IReadOnlyList<string> Statements => [.. statements];

    public void Clear() => statements.Clear();

    public virtual Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CypherAccessMode mode = CypherAccessMode.Write, CancellationToken cancellationToken = default)
    {
        statements.Enqueue(query);
        return inner.RunAsync(query, parameters, mode, cancellationToken);
    }

    public Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        inner.ExecuteWriteAsync(work, cancellationToken);

    public Task<T> InOneSnapshotAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default) =>
        inner.InOneSnapshotAsync(work, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}

/// <summary>Also passes the store's commit version through, so the service caches responses as it does over the real store.</summary>
internal sealed class VersionedRecordingSession(ICypherSession inner) : RecordingSession(inner), ICommitVersion
{
    public long CommittedVersion => ((ICommitVersion)Inner).CommittedVersion;
}
