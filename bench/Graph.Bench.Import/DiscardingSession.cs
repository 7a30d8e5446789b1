using Graph.Core.Cypher;

namespace Graph.Bench.Import;

/// <summary>A store that accepts every statement and keeps nothing: importing into it measures parsing and extraction alone.</summary>
internal sealed class DiscardingSession : ICypherSession, ICypherTransaction
{
    private static readonly CypherResult NoRows = new(["page", "importKey", "title", "aliases"], []);

    public string Backend => "discarding";

    public Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CypherAccessMode mode = CypherAccessMode.Write, CancellationToken cancellationToken = default) =>
        Task.FromResult(NoRows);

    public Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(NoRows);

    public Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken = default) => work(this);

    public Task<T> InOneSnapshotAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default) => work();

    public ValueTask DisposeAsync() => default;
}
