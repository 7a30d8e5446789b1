namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// The files of a persistent store: graph.lock and graph.owner (<see cref="DirectoryLock"/>),
/// graph.snapshot (the graph as of some commit) and graph.wal (every commit since). Committed state =
/// snapshot + the log records newer than it.
/// </summary>
internal sealed class DataDirectory : IDisposable
{
    public const string SnapshotFileName = "graph.snapshot";
    public const string LogFileName = "graph.wal";

    private readonly DirectoryLock _lock;
    private readonly WriteAheadLog _log;
    private readonly long _checkpointBytes;

    private DataDirectory(string path, DirectoryLock lockFile, WriteAheadLog log, long checkpointBytes)
    {
        Path = path;
        _lock = lockFile;
        _log = log;
        _checkpointBytes = checkpointBytes;
    }

    public string Path { get; }

    /// <summary>Bytes of a torn or corrupt log tail dropped on open (0 after a clean shutdown).</summary>
    public long DiscardedLogBytes => _log.DiscardedBytes;

    public bool NeedsCheckpoint => _log.Length >= _checkpointBytes;

    public bool HasLogRecords => _log.HasRecords;

    /// <summary>Locks the directory and recovers the committed state from the snapshot and the log.</summary>
    public static DataDirectory Open(string path, GraphStoreOptions options, out GraphState state, out long sequence)
    {
        path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(path);
        var lockFile = DirectoryLock.Acquire(path);
        try
        {
            var snapshotPath = System.IO.Path.Combine(path, SnapshotFileName);
            (state, sequence) = File.Exists(snapshotPath) ? SnapshotFile.Read(snapshotPath) : (GraphState.Empty, 0L);
            if (sequence > 0 || state.Nodes.Count > 0)
            {
                LoadedGraph.SettleHeap();
            }

            var recovered = state;
            var last = sequence;
            var log = WriteAheadLog.Open(System.IO.Path.Combine(path, LogFileName), record =>
            {
                // Records already in the snapshot remain when a checkpoint stopped before clearing the log.
                if (record.Sequence > last)
                {
                    recovered = record.ApplyTo(recovered);
                    last = record.Sequence;
                }
            });
            state = recovered;
            sequence = last;
            DirectorySync.Flush(path);
            return new DataDirectory(path, lockFile, log, options.CheckpointLogBytes);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    public void Append(TransactionRecord record, bool sync) => _log.Append(record, sync);

    /// <summary>Forces the log's records to disk (the end of a batch of commits that did not).</summary>
    public void SyncLog() => _log.Sync();

    /// <summary>Writes a snapshot of the state and then empties the log, whose records it now holds.</summary>
    public void Checkpoint(GraphState state, long sequence)
    {
        SnapshotFile.Write(System.IO.Path.Combine(Path, SnapshotFileName), state, sequence);
        _log.Clear();
    }

    /// <summary>Tells a process turned away from this directory where a service answers for it.</summary>
    public void DescribeOwner(string address) => _lock.Describe(address);

    public void Dispose()
    {
        _log.Dispose();
        _lock.Dispose();
    }
}
