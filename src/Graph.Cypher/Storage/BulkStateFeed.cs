using System.Collections.Concurrent;
using Graph.Cypher.Storage.Persistence;

namespace Graph.Cypher.Storage;

/// <summary>
/// Builds a bulk load's state on another core while the caller is still reading relationships: once every node is in,
/// the records go to the <see cref="GraphStateLoader"/> in chunks, so putting a relationship in the record map and the
/// adjacency lists overlaps parsing the next ones. On L that was a third of the load, done after the parse.
/// </summary>
internal sealed class BulkStateFeed : IDisposable
{
    // Big enough that handing a chunk over costs nothing per record, small enough that the other core starts early.
    private const int ChunkSize = 8192;

    // Chunks read but not yet built: bounded, so a reader faster than the builder waits rather than piling up records.
    private readonly BlockingCollection<RelationshipRecord[]> _chunks = new(boundedCapacity: 32);
    private readonly GraphStateLoader _loader;
    private readonly Task _builder;
    private RelationshipRecord[] _chunk = new RelationshipRecord[ChunkSize];
    private int _inChunk;
    private bool _disposed;

    /// <param name="nodes">Every node of the load, in id order; no longer changed by the caller.</param>
    public BulkStateFeed(long nextNodeId, IReadOnlyList<NodeRecord> nodes, int expectedRelationships)
    {
        _loader = new GraphStateLoader(nextNodeId);
        _builder = Task.Factory.StartNew(() => Build(nodes, expectedRelationships), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public void Add(RelationshipRecord relationship)
    {
        _chunk[_inChunk++] = relationship;
        if (_inChunk == ChunkSize)
        {
            Hand(_chunk);
            _chunk = new RelationshipRecord[ChunkSize];
            _inChunk = 0;
        }
    }

    /// <summary>Waits for every record to be in and returns the loader, ready for its indexes and <see cref="GraphStateLoader.Build"/>.</summary>
    public GraphStateLoader Finish()
    {
        if (_inChunk > 0)
        {
            Hand(_chunk[.._inChunk]);
            _inChunk = 0;
        }
        if (!_chunks.IsAddingCompleted)
        {
            _chunks.CompleteAdding();
        }
        // A failure on the other core (a record the loader refuses) surfaces here, as it would have in one thread.
        _builder.GetAwaiter().GetResult();
        return _loader;
    }

    private void Hand(RelationshipRecord[] chunk)
    {
        try
        {
            _chunks.Add(chunk);
        }
        catch (InvalidOperationException) when (_chunks.IsAddingCompleted)
        {
            // The builder failed and takes no more: its error is what Finish reports.
        }
    }

    private void Build(IReadOnlyList<NodeRecord> nodes, int expectedRelationships)
    {
        try
        {
            foreach (var node in nodes)
            {
                _loader.Add(node);
            }
            _loader.ReserveRelationships(expectedRelationships);
            foreach (var chunk in _chunks.GetConsumingEnumerable())
            {
                foreach (var relationship in chunk)
                {
                    _loader.Add(relationship);
                }
            }
        }
        catch
        {
            // Unblock a reader waiting on a full queue before the error reaches Finish.
            if (!_chunks.IsAddingCompleted)
            {
                _chunks.CompleteAdding();
            }
            throw;
        }
    }

    /// <summary>Stops the builder (a load abandoned before its commit) and waits for it, so nothing runs on after.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (!_chunks.IsAddingCompleted)
        {
            _chunks.CompleteAdding();
        }
        try
        {
            _builder.Wait();
        }
        catch (AggregateException)
        {
            // The load is abandoned: its build error has no one to go to.
        }
        _chunks.Dispose();
    }
}
