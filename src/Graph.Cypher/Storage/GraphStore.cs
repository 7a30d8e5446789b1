using System.Diagnostics;
using Graph.Cypher.Storage.Persistence;

namespace Graph.Cypher.Storage;

/// <summary>
/// The graph store: one committed, immutable <see cref="GraphSnapshot"/> at a time; one writer at a time.
/// Open with a data directory to persist committed state (crash-safe), or with null for memory only.
/// A commit is appended to the write-ahead log and forced to disk before it becomes visible (inside
/// <see cref="BatchCommits"/>, at most about once a second and at the batch's end); the log is folded into a
/// snapshot when it grows large and when the store is disposed.
/// </summary>
public sealed class GraphStore : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly DataDirectory? _directory;
    private readonly GraphStoreOptions _options;
    private GraphSnapshot _current;
    private long _sequence;

    // Ids handed out by rolled-back transactions are never handed out again.
    private long _nodeIdFloor;
    private long _relationshipIdFloor;
    private volatile bool _disposed;

    // Open batches of commits that share their fsyncs, and when the log was last forced to disk.
    private static readonly TimeSpan BatchedSyncInterval = TimeSpan.FromSeconds(1);
    private int _batches;
    private long _lastSync = Stopwatch.GetTimestamp();

    private GraphStore(GraphState state, long sequence, DataDirectory? directory, GraphStoreOptions options)
    {
        _current = new GraphSnapshot(state, version: 0);
        _sequence = sequence;
        _directory = directory;
        _options = options;
    }

    public static GraphStore Open(string? dataDirectory) => Open(dataDirectory, GraphStoreOptions.Default);

    /// <summary>
    /// Opens a store. With a directory: creates it if needed, takes its lock (a second open of the same
    /// directory throws IOException naming it), loads the snapshot and replays the log's valid prefix.
    /// </summary>
    public static GraphStore Open(string? dataDirectory, GraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (dataDirectory is null)
        {
            return new GraphStore(GraphState.Empty, 0, null, options);
        }
        var directory = DataDirectory.Open(dataDirectory, options, out var state, out var sequence);
        var store = new GraphStore(state, sequence, directory, options);
        if (directory.NeedsCheckpoint)
        {
            store.TryCheckpoint();
        }
        return store;
    }

    /// <summary>The full path of the data directory, or null for a memory-only store.</summary>
    public string? DataPath => _directory?.Path;

    /// <summary>
    /// Records, beside the directory's lock, the address where a service answers for this store, so another process
    /// the lock turns away can point its user there (<see cref="Persistence.DataDirectoryInUseException"/>).
    /// </summary>
    public void DescribeOwner(string address) => _directory?.DescribeOwner(address);

    /// <summary>Bytes of a torn log tail dropped when the store was opened (a crash interrupted a commit).</summary>
    public long DiscardedLogBytes => _directory?.DiscardedLogBytes ?? 0;

    /// <summary>The latest committed state. Readers keep the snapshot they took while writers commit.</summary>
    public GraphSnapshot Current => Volatile.Read(ref _current);

    /// <summary>The short strings written so far, one instance each; only the writer holding the slot touches it.</summary>
    internal StringPool Strings { get; } = new();

    /// <summary>Waits for the single writer slot. Dispose without Commit rolls back.</summary>
    public WriteTransaction BeginWrite(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Wait(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var state = Current.State;
            if (state.NextNodeId < _nodeIdFloor || state.NextRelationshipId < _relationshipIdFloor)
            {
                state = state with
                {
                    NextNodeId = Math.Max(state.NextNodeId, _nodeIdFloor),
                    NextRelationshipId = Math.Max(state.NextRelationshipId, _relationshipIdFloor),
                };
            }
            return new WriteTransaction(this, state);
        }
        catch
        {
            _writer.Release();
            throw;
        }
    }

    /// <summary>
    /// Waits for the single writer slot and starts a bulk load into this store, which must hold no nodes and no
    /// relationships (indexes may exist; they are built over the loaded graph). Throws InvalidOperationException otherwise.
    /// </summary>
    public BulkLoad BeginBulkLoad(int expectedNodes = 0, int expectedRelationships = 0, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Wait(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var state = Current.State;
            if (state.Nodes.Count > 0 || state.Relationships.Count > 0)
            {
                throw new InvalidOperationException(
                    $"A bulk load needs an empty store; this one holds {state.Nodes.Count} nodes and {state.Relationships.Count} relationships.");
            }
            state = state with
            {
                NextNodeId = Math.Max(state.NextNodeId, _nodeIdFloor),
                NextRelationshipId = Math.Max(state.NextRelationshipId, _relationshipIdFloor),
            };
            return new BulkLoad(this, state, Math.Max(expectedNodes, 0), Math.Max(expectedRelationships, 0));
        }
        catch
        {
            _writer.Release();
            throw;
        }
    }

    /// <summary>
    /// Publishes a bulk-loaded state. On disk it is written as the snapshot (beside the old one, renamed over it, the
    /// directory synced) and the log is emptied: the path every large commit takes at its checkpoint, minus writing the
    /// whole graph to the log first. A crash before the rename leaves the store as it was.
    /// </summary>
    internal void CommitBulk(GraphState state)
    {
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_directory is not null)
            {
                _directory.Checkpoint(state, _sequence + 1);
                _sequence++;
            }
            Volatile.Write(ref _current, new GraphSnapshot(state, _current.Version + 1));
        }
        finally
        {
            _writer.Release();
        }
    }

    internal void EndBulkLoad() => _writer.Release();

    /// <summary>Log first, then publish: a commit that failed to reach the log is never seen.</summary>
    internal void Commit(WriteTransaction transaction)
    {
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_directory is not null)
            {
                var record = TransactionRecord.Capture(transaction, _sequence + 1);
                if (record.IsEmpty)
                {
                    return;
                }
                var sync = _options.SyncOnCommit && (Volatile.Read(ref _batches) == 0 || Stopwatch.GetElapsedTime(_lastSync) >= BatchedSyncInterval);
                _directory.Append(record, sync);
                _sequence = record.Sequence;
                if (sync)
                {
                    _lastSync = Stopwatch.GetTimestamp();
                }
            }
            // Under the writer slot, so versions count up by one per published commit.
            Volatile.Write(ref _current, new GraphSnapshot(transaction.State, _current.Version + 1));
            if (_directory is not null && _directory.NeedsCheckpoint)
            {
                TryCheckpoint();
            }
        }
        catch
        {
            RememberIds(transaction);
            throw;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// Commits made until the result is disposed share their fsyncs: each is still logged and published whole, in order,
    /// but forced to disk at most about once a second; disposing forces the rest. A process crash loses nothing; a
    /// machine crash may lose the last second of commits, never part of one. Batches may nest and overlap.
    /// </summary>
    public IDisposable BatchCommits()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Interlocked.Increment(ref _batches);
        return new CommitBatch(this);
    }

    private void EndBatch()
    {
        if (Interlocked.Decrement(ref _batches) > 0 || _directory is null || !_options.SyncOnCommit)
        {
            return;
        }
        // Under the writer slot, so no append is half written while the log is forced.
        _writer.Wait();
        try
        {
            if (!_disposed)
            {
                _directory.SyncLog();
                _lastSync = Stopwatch.GetTimestamp();
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    private sealed class CommitBatch(GraphStore store) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                store.EndBatch();
            }
        }
    }

    internal void Rollback(WriteTransaction transaction)
    {
        RememberIds(transaction);
        _writer.Release();
    }

    private void RememberIds(WriteTransaction transaction)
    {
        _nodeIdFloor = Math.Max(_nodeIdFloor, transaction.NextNodeId);
        _relationshipIdFloor = Math.Max(_relationshipIdFloor, transaction.NextRelationshipId);
    }

    /// <summary>
    /// Folds the log into a new snapshot. The commit is already durable in the log, so a failure here
    /// (disk full) only postpones the checkpoint; the log keeps growing and is replayed on the next open.
    /// </summary>
    private void TryCheckpoint()
    {
        try
        {
            _directory!.Checkpoint(Current.State, _sequence);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        catch (ArgumentOutOfRangeException)
        {
            // Past the process's file size limit (EFBIG): the log keeps every commit until a later checkpoint fits.
        }
    }

    /// <summary>
    /// Closes the data directory (checkpointing first unless a write transaction is still open, whose
    /// commit then fails). The last snapshot stays readable.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        var idle = _writer.Wait(0);
        _disposed = true;
        try
        {
            if (idle && _directory is not null && _options.CheckpointOnDispose && _directory.HasLogRecords)
            {
                TryCheckpoint();
            }
        }
        finally
        {
            _directory?.Dispose();
            if (idle)
            {
                _writer.Release();
            }
        }
    }
}
