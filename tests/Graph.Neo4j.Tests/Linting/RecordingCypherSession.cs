using System.Collections.Concurrent;
using Graph.Core.Cypher;

namespace Graph.Neo4j.Tests.Linting;

/// <summary>A real session that remembers every statement sent through it, in implicit and explicit transactions alike.</summary>
internal sealed class RecordingCypherSession(ICypherSession inner, StatementLog log, string source) : ICypherSession
{
    public string Backend => inner.Backend;

    public Task<CypherResult> RunAsync(
        string query, IReadOnlyDictionary<string, object?>? parameters = null, CypherAccessMode mode = CypherAccessMode.Write, CancellationToken cancellationToken = default)
    {
        log.Add(source, query);
        return inner.RunAsync(query, parameters, mode, cancellationToken);
    }

    public Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        inner.ExecuteWriteAsync(transaction => work(new RecordingTransaction(transaction, log, source)), cancellationToken);

    public Task<T> InOneSnapshotAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default) =>
        inner.InOneSnapshotAsync(work, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private sealed class RecordingTransaction(ICypherTransaction inner, StatementLog log, string source) : ICypherTransaction
    {
        public Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
        {
            log.Add(source, query);
            return inner.RunAsync(query, parameters, cancellationToken);
        }
    }
}

/// <summary>Distinct statements with where each was first seen, in order.</summary>
internal sealed class StatementLog
{
    private readonly ConcurrentDictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public IReadOnlyList<(string Source, string Text)> Statements => _order.Select(text => (_sources[text], text)).ToList();

    public void Add(string source, string text)
    {
        if (_sources.TryAdd(text, source))
        {
            _order.Enqueue(text);
        }
    }
}
