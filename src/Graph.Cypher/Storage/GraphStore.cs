namespace Graph.Cypher.Storage;

/// <summary>
/// The graph store: one committed, immutable <see cref="GraphSnapshot"/> at a time; one writer at a time.
/// Open with a data directory to persist committed state (crash-safe), or with null for memory only.
/// </summary>
public sealed class GraphStore : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private GraphSnapshot _current;

    // Ids handed out by rolled-back transactions are never handed out again.
    private long _nodeIdFloor;
    private long _relationshipIdFloor;
    private bool _disposed;

    private GraphStore(GraphState state) => _current = new GraphSnapshot(state);

    public static GraphStore Open(string? dataDirectory)
    {
        if (dataDirectory is null)
        {
            return new GraphStore(GraphState.Empty);
        }
        throw new NotSupportedException("Persistent stores are not implemented yet.");
    }

    /// <summary>The latest committed state. Readers keep the snapshot they took while writers commit.</summary>
    public GraphSnapshot Current => Volatile.Read(ref _current);

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

    internal void Commit(WriteTransaction transaction)
    {
        try
        {
            Volatile.Write(ref _current, new GraphSnapshot(transaction.State));
        }
        finally
        {
            _writer.Release();
        }
    }

    internal void Rollback(WriteTransaction transaction)
    {
        _nodeIdFloor = Math.Max(_nodeIdFloor, transaction.State.NextNodeId);
        _relationshipIdFloor = Math.Max(_relationshipIdFloor, transaction.State.NextRelationshipId);
        _writer.Release();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
    }
}
