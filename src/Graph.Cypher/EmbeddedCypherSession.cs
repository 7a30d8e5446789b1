using Graph.Core.Cypher;
using Graph.Cypher.Execution;
using Graph.Cypher.Planning;
using Graph.Cypher.Procedures;
using Graph.Cypher.Storage;

namespace Graph.Cypher;

/// <summary>
/// The embedded backend: runs Cypher in-process against a <see cref="GraphStore"/>. Reads run on the latest
/// committed snapshot (or the one <see cref="InOneSnapshotAsync"/> pinned) without waiting for the writer; writes take the single writer slot and commit
/// atomically (a failing statement changes nothing). Thread-safe; plans are cached by query text.
/// <c>CALL</c> runs the procedures of the registry the session was opened with (<see cref="Procedures"/>): to add
/// procedures, pass <c>ProcedureRegistry.BuiltIn.With(...)</c> to <see cref="Open(string?, ProcedureRegistry?, string?)"/>.
/// <c>LOAD CSV</c> reads <c>file:///</c> URLs under <see cref="ImportDirectory"/> only.
/// </summary>
public sealed class EmbeddedCypherSession : ICypherSession, ICommitVersion, IBatchedCommits
{
    private const int PlanCacheCapacity = 1024;

    private readonly PlanCache _plans;
    private readonly AsyncLocal<EmbeddedTransaction?> _openTransaction = new();
    // The snapshot this flow's reads are pinned to by InOneSnapshotAsync; null reads the latest commit.
    private readonly AsyncLocal<GraphSnapshot?> _pinned = new();

    private EmbeddedCypherSession(GraphStore store, ProcedureRegistry? procedures, string? importDirectory)
    {
        Store = store;
        ImportDirectory = importDirectory is not null ? Path.GetFullPath(importDirectory)
            : store.DataPath is { } data ? Path.Combine(data, DefaultImportFolder) : null;
        Procedures = procedures ?? ProcedureRegistry.BuiltIn;
        _plans = new PlanCache(PlanCacheCapacity, Procedures);
    }

    /// <summary>The import folder inside the data directory when none is given, as Neo4j keeps <c>import/</c> in its home.</summary>
    public const string DefaultImportFolder = "import";

    /// <summary>
    /// Opens the store in <paramref name="dataDirectory"/> (created if missing), or in memory when null. CALL runs the
    /// <paramref name="procedures"/> (<see cref="ProcedureRegistry.BuiltIn"/> when null). LOAD CSV reads from
    /// <paramref name="importDirectory"/>, by default <c>import</c> inside the data directory (none in memory).
    /// </summary>
    public static EmbeddedCypherSession Open(string? dataDirectory, ProcedureRegistry? procedures = null, string? importDirectory = null) =>
        new(GraphStore.Open(dataDirectory), procedures, importDirectory);

    /// <summary>
    /// Wraps an already opened store; the session disposes it. CALL runs the <paramref name="procedures"/> (built-in ones
    /// when null); LOAD CSV reads from <paramref name="importDirectory"/> (by default <c>import</c> in the store's data directory).
    /// </summary>
    public static EmbeddedCypherSession Over(GraphStore store, ProcedureRegistry? procedures = null, string? importDirectory = null) =>
        new(store ?? throw new ArgumentNullException(nameof(store)), procedures, importDirectory);

    public string Backend => "embedded";

    public GraphStore Store { get; }

    /// <summary>The procedures CALL can run; fixed for the session's lifetime, so cached plans stay valid.</summary>
    public ProcedureRegistry Procedures { get; }

    /// <summary>The full path LOAD CSV resolves <c>file:///</c> URLs under; null when there is none (a memory-only store given none).</summary>
    public string? ImportDirectory { get; }

    public long CommittedVersion => Store.Current.Version;

    /// <inheritdoc/>
    public IDisposable BatchCommits() => Store.BatchCommits();

    public Task<CypherResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CypherAccessMode mode = CypherAccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(query);
            cancellationToken.ThrowIfCancellationRequested();
            var prepared = _plans.Get(query);
            var writes = QueryRunner.Writes(prepared);
            if (writes && mode == CypherAccessMode.Read)
            {
                throw new CypherException(CypherErrorCodes.AccessMode,
                    "Writing in read access mode not allowed. Attempted write to the graph in a read-only session.");
            }
            if (!writes)
            {
                var values = QueryRunner.Parameters(prepared, parameters);
                var context = new QueryContext(_pinned.Value ?? Store.Current, null, values, cancellationToken) { ImportDirectory = ImportDirectory };
                return Task.FromResult(QueryRunner.Run(prepared, context));
            }
            if (_openTransaction.Value is { Closed: false })
            {
                throw new InvalidOperationException(
                    "A write statement was sent through the session while this flow holds an open ExecuteWriteAsync transaction; use the transaction passed to the callback.");
            }
            using var transaction = Store.BeginWrite(cancellationToken);
            var result = Run(prepared, parameters, transaction, cancellationToken);
            transaction.Commit();
            return Task.FromResult(result);
        }
        catch (Exception e)
        {
            return Task.FromException<CypherResult>(e);
        }
    }

    public async Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var transaction = Store.BeginWrite(cancellationToken);
        var scope = new EmbeddedTransaction(this, transaction);
        _openTransaction.Value = scope;
        try
        {
            var result = await work(scope).ConfigureAwait(false);
            if (scope.Failed)
            {
                throw new CypherException(EmbeddedTransaction.MarkedAsFailedCode,
                    "A statement in the transaction failed, so the transaction was rolled back.");
            }
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
            return result;
        }
        finally
        {
            scope.Closed = true;
            _openTransaction.Value = null;
        }
    }

    public async Task<T> InOneSnapshotAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        if (_pinned.Value is not null)
        {
            return await work().ConfigureAwait(false);
        }
        // Set inside this async method, the pin flows into work's branches and is gone for the caller when it returns.
        _pinned.Value = Store.Current;
        return await work().ConfigureAwait(false);
    }

    /// <summary>Runs one statement inside an explicit transaction.</summary>
    internal CypherResult Execute(string query, IReadOnlyDictionary<string, object?>? parameters, WriteTransaction transaction, DateTimeOffset started, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Run(_plans.Get(query), parameters, transaction, cancellationToken, started);
    }

    private CypherResult Run(PreparedQuery prepared, IReadOnlyDictionary<string, object?>? parameters, WriteTransaction transaction, CancellationToken cancellationToken, DateTimeOffset? started = null)
    {
        var values = QueryRunner.Parameters(prepared, parameters);
        var context = new QueryContext(null, transaction, values, cancellationToken, started) { ImportDirectory = ImportDirectory };
        return QueryRunner.Run(prepared, context);
    }

    public ValueTask DisposeAsync()
    {
        Store.Dispose();
        return ValueTask.CompletedTask;
    }
}
