using Graph.Api.Data;
using Graph.Core.Cypher;

namespace Graph.Api.Tests;

/// <summary>The real store, except that the statements <paramref name="isSlow"/> picks take a minute unless cancelled: a stand-in for a slow backend.</summary>
internal sealed class SlowStatementSession(ICypherSession inner, Func<string, bool> isSlow) : ICypherSession
{
    public SlowStatementSession(ICypherSession inner, string slowStatement)
        : this(inner, query => query == slowStatement)
    {
    }

    /// <summary>thesesSharedBy's read, as the resolvers send it or as the translator writes it into a request's one statement.</summary>
    public static bool IsSharedTheses(string query) =>
        query == GraphTraversals.SharedTheses || (query.EndsWith(" AS data", StringComparison.Ordinal) && query.Contains("IN range(0, size($names", StringComparison.Ordinal));

    /// <summary>A search, as the resolvers send it or as the translator writes it into a request's one statement.</summary>
    public static bool IsSearch(string query) =>
        query == GraphTraversals.Search || (query.EndsWith(" AS data", StringComparison.Ordinal) && query.Contains(" STARTS WITH $text", StringComparison.Ordinal));

    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _entries;

    public string Backend => inner.Backend;

    /// <summary>Completes once a request is waiting in the slow statement.</summary>
    public Task Entered => _entered.Task;

    /// <summary>How many times the slow statement has been started.</summary>
    public int Entries => Volatile.Read(ref _entries);

    public async Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CypherAccessMode mode = CypherAccessMode.Write, CancellationToken cancellationToken = default)
    {
        if (isSlow(query))
        {
            Interlocked.Increment(ref _entries);
            _entered.TrySetResult();
            await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
        }
        return await inner.RunAsync(query, parameters, mode, cancellationToken);
    }

    public Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        inner.ExecuteWriteAsync(work, cancellationToken);

    public Task<T> InOneSnapshotAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default) =>
        inner.InOneSnapshotAsync(work, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
