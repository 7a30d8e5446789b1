using Graph.Core.Cypher;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Graph.Neo4j;

/// <summary>
/// <see cref="ICypherSession"/> over Neo4j's HTTP Query API, with retries, timeouts and a circuit breaker
/// (see <see cref="Neo4jResilience"/>). Long-lived and thread-safe: create one per process and share it.
/// Bookmarks from each successful request are sent with the next, so a read sees the writes before it.
/// </summary>
public sealed class Neo4jSession : ICypherSession
{
    private readonly Neo4jOptions _options;
    private readonly QueryApiClient _client;
    private readonly Neo4jResilience _resilience;
    private IReadOnlyList<string> _bookmarks = [];
    private readonly AsyncLocal<Neo4jReadScope?> _readScope = new();

    /// <param name="timeProvider">The clock for retry delays, timeouts and the breaker; the system clock when null.</param>
    public Neo4jSession(Neo4jOptions options, TimeProvider? timeProvider = null)
        : this(options, handler: null, timeProvider)
    {
    }

    internal Neo4jSession(Neo4jOptions options, HttpMessageHandler? handler, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options.Copy();
        _client = new QueryApiClient(_options, handler);
        _resilience = new Neo4jResilience(_options, timeProvider);
    }

    public string Backend => "neo4j";

    /// <summary>Closed while Neo4j answers; Open while calls fail fast after repeated transient failures.</summary>
    public Neo4jCircuitState CircuitState => _resilience.CircuitState;

    /// <summary>The bookmarks of the latest successful request or commit, sent with every following request.</summary>
    public IReadOnlyList<string> Bookmarks => Volatile.Read(ref _bookmarks);

    /// <summary>
    /// One statement in an implicit transaction. Reads (sent with accessMode READ) are retried on any transient
    /// failure; writes only when Neo4j cannot have applied them (see <see cref="TransientFailures"/>).
    /// </summary>
    public async Task<CypherResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CypherAccessMode mode = CypherAccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (mode == CypherAccessMode.Read && _readScope.Value is { } scope)
        {
            try
            {
                return await scope.RunAsync(query, parameters, cancellationToken);
            }
            catch (Exception e) when (IsUnavailability(e))
            {
                throw Neo4jErrors.FromFailure(e, "a read in a transaction", _options);
            }
        }
        var request = new QueryRequest(query, parameters, mode, Bookmarks);
        var pipeline = mode == CypherAccessMode.Read ? _resilience.Reads : _resilience.ImplicitWrites;
        try
        {
            var response = await pipeline.ExecuteAsync(async token => await _client.QueryAsync(request, token), cancellationToken);
            Remember(response.Bookmarks);
            return response.Result;
        }
        catch (Exception e) when (IsUnavailability(e))
        {
            var notRetriedWrite = mode == CypherAccessMode.Write && !TransientFailures.IsSafeToRetryWrite(e) && TransientFailures.IsTransient(e);
            throw Neo4jErrors.FromFailure(e, mode == CypherAccessMode.Read ? "a read query" : "a write query", _options, notRetriedWrite);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction: begin, its statements, commit; rolled back if it
    /// throws. On a transient failure the whole unit is retried from a new transaction, so <paramref name="work"/>
    /// must be safe to run again (as with Neo4j drivers' transaction functions): a commit whose answer was lost
    /// may have been applied. The importer's page writes (MERGE, replace the page's relationships) are.
    /// </summary>
    public async Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return await _resilience.Transactions.ExecuteAsync(async token => await AttemptTransactionAsync(work, token), cancellationToken);
        }
        catch (Exception e) when (IsUnavailability(e))
        {
            throw Neo4jErrors.FromFailure(e, "a write transaction", _options);
        }
    }

    /// <summary>
    /// Read statements of <paramref name="work"/> (mode Read) run in one READ transaction, begun at the first of them;
    /// other statements run as usual. See <see cref="Neo4jReadScope"/>.
    /// </summary>
    public async Task<T> InOneSnapshotAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_readScope.Value is not null)
        {
            return await work();
        }
        await using var scope = new Neo4jReadScope(token => BeginAsync(CypherAccessMode.Read, token));
        _readScope.Value = scope;
        return await work();
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    public override string ToString() => $"Neo4j at {_options}";

    private async Task<T> AttemptTransactionAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken attemptToken)
    {
        var transaction = await BeginAsync(CypherAccessMode.Write, attemptToken);
        try
        {
            var result = await work(transaction);
            var committed = await transaction.CommitAsync();
            Remember(committed.Bookmarks);
            return result;
        }
        catch
        {
            await transaction.RollbackQuietlyAsync();
            throw;
        }
    }

    private async Task<Neo4jTransaction> BeginAsync(CypherAccessMode mode, CancellationToken cancellationToken)
    {
        var begin = new QueryRequest(AccessMode: mode, Bookmarks: Bookmarks);
        var opened = await _resilience.Guard.ExecuteAsync(async token => await _client.BeginAsync(begin, token), cancellationToken);
        if (opened.TransactionId is null)
        {
            throw new CypherException(Neo4jErrors.ProtocolError, "Neo4j answered the request to open a transaction without a transaction id.");
        }
        return new Neo4jTransaction(
            _client,
            _resilience.Guard,
            new TransactionHandle(opened.TransactionId, opened.ClusterAffinity, opened.Expires),
            _options.RequestTimeout,
            cancellationToken);
    }

    private void Remember(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0)
        {
            Volatile.Write(ref _bookmarks, bookmarks);
        }
    }

    /// <summary>Network trouble, a timeout or an open circuit; not the caller's own cancellation.</summary>
    private static bool IsUnavailability(Exception failure) => failure switch
    {
        TimeoutRejectedException or BrokenCircuitException => true,
        OperationCanceledException => false,
        HttpRequestException or IOException or System.Net.Sockets.SocketException => true,
        _ => false,
    };
}
