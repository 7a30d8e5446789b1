using Graph.Core.Cypher;
using Polly;

namespace Graph.Neo4j;

/// <summary>
/// One attempt at an explicit Query API transaction. Each statement is one request through the guard
/// (breaker + request timeout), sent with the transaction's cluster affinity. After a failed statement Neo4j
/// has already closed the transaction, so further use fails here with a clear message rather than at the server.
/// </summary>
internal sealed class Neo4jTransaction : ICypherTransaction
{
    private readonly QueryApiClient _client;
    private readonly ResiliencePipeline _guard;
    private readonly CancellationToken _attemptToken;
    private readonly TimeSpan _rollbackTimeout;
    private TransactionHandle _handle;
    private State _state = State.Open;

    public Neo4jTransaction(
        QueryApiClient client, ResiliencePipeline guard, TransactionHandle handle, TimeSpan rollbackTimeout, CancellationToken attemptToken)
    {
        _client = client;
        _guard = guard;
        _handle = handle;
        _rollbackTimeout = rollbackTimeout;
        _attemptToken = attemptToken;
    }

    private enum State
    {
        Open,
        Failed,
        Committed,
        RolledBack,
    }

    public string Id => _handle.Id;

    public async Task<CypherResult> RunAsync(
        string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(
            (handle, token) => _client.RunAsync(handle, new QueryRequest(query, parameters), token), "run a statement in", cancellationToken);
        return response.Result;
    }

    public async Task<QueryResponse> CommitAsync()
    {
        var response = await SendAsync((handle, token) => _client.CommitAsync(handle, token), "commit", CancellationToken.None);
        _state = State.Committed;
        return response;
    }

    /// <summary>Best effort: the server rolls back on its own after an error or when the transaction expires.</summary>
    public async Task RollbackQuietlyAsync()
    {
        if (_state is State.Committed or State.RolledBack)
        {
            return;
        }
        _state = State.RolledBack;
        try
        {
            // Straight to the client, not through the breaker: cleanup must neither wait on nor count toward its state.
            using var timeout = new CancellationTokenSource(_rollbackTimeout);
            await _client.RollbackAsync(_handle, timeout.Token);
        }
        catch (Exception e) when (e is CypherException or HttpRequestException or IOException or OperationCanceledException)
        {
            // Already closed by the server (after a failed statement) or unreachable: nothing left to undo here.
        }
    }

    private async Task<QueryResponse> SendAsync(
        Func<TransactionHandle, CancellationToken, Task<QueryResponse>> send, string action, CancellationToken cancellationToken)
    {
        if (_state != State.Open)
        {
            throw new InvalidOperationException(
                $"Cannot {action} transaction {_handle.Id}: it has {(_state == State.Failed ? "failed (Neo4j rolled it back)" : "ended")}.");
        }
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_attemptToken, cancellationToken);
        try
        {
            var response = await _guard.ExecuteAsync(async token => await send(_handle, token), linked.Token);
            _handle = _handle with { Expires = response.Expires ?? _handle.Expires };
            return response;
        }
        catch (Exception e) when (e is not ArgumentException)
        {
            // Parameter errors are found before sending; anything else may have closed the transaction server-side.
            _state = State.Failed;
            throw;
        }
    }
}
