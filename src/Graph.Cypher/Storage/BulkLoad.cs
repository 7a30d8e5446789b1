using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>
/// Fills an empty store in one go (<see cref="GraphStore.BeginBulkLoad"/>): records are appended to plain lists, and
/// <see cref="Commit"/> builds the whole state at once and writes it as the store's snapshot, instead of one immutable
/// update and one log record per write. From the first relationship on, the state is built on another core as records
/// arrive (<see cref="BulkStateFeed"/>). Holds the writer slot until committed or disposed; dispose without commit
/// leaves the store as it was. Not thread-safe.
/// </summary>
public sealed class BulkLoad : IDisposable
{
    private readonly GraphStore _store;
    private readonly GraphState _start;
    private readonly List<NodeRecord> _nodes;
    private readonly int _expectedRelationships;
    private readonly List<IndexDefinition> _indexes = [];
    private BulkStateFeed? _feed;
    private NoCollectionRegion? _noCollections;
    private bool _finished;

    internal BulkLoad(GraphStore store, GraphState start, int expectedNodes, int expectedRelationships)
    {
        _store = store;
        _start = start;
        _nodes = new List<NodeRecord>(expectedNodes);
        _expectedRelationships = expectedRelationships;
    }

    public int NodeCount => _nodes.Count;

    public int RelationshipCount { get; private set; }

    /// <summary>
    /// Adds a node and returns its id. Values as for <see cref="WriteTransaction.CreateNode"/>; labels distinct. Every
    /// node comes before the first relationship.
    /// </summary>
    public long AddNode(ImmutableArray<string> labels, IReadOnlyList<KeyValuePair<string, object>> properties)
    {
        EnsureActive();
        if (_feed is not null)
        {
            throw new InvalidOperationException("A bulk load takes every node before its first relationship.");
        }
        var node = new NodeRecord(_start.NextNodeId + _nodes.Count, labels, Stored(properties));
        _nodes.Add(node);
        return node.Id;
    }

    /// <summary>Adds a relationship between two nodes added here and returns its id.</summary>
    public long AddRelationship(long startId, long endId, string type, IReadOnlyList<KeyValuePair<string, object>> properties)
    {
        EnsureActive();
        ArgumentException.ThrowIfNullOrEmpty(type);
        RequireNode(startId);
        RequireNode(endId);
        var relationship = new RelationshipRecord(_start.NextRelationshipId + RelationshipCount, type, startId, endId, Stored(properties));
        Feed().Add(relationship);
        RelationshipCount++;
        return relationship.Id;
    }

    /// <summary>
    /// Holds off garbage collection for up to about <paramref name="bytes"/> of allocation, until the commit. Nearly all
    /// a load allocates is the graph, which outlives every collection: each one would only copy it a generation up (on
    /// L, 44 collections and a fifth of the load's time). Past the budget, collections run as usual.
    /// </summary>
    public void HoldOffCollections(long bytes)
    {
        EnsureActive();
        _noCollections?.Dispose();
        _noCollections = NoCollectionRegion.Start(bytes, bytes / 4);
    }

    /// <summary>Declares an index or constraint built with the graph (skipped when an equivalent one exists).</summary>
    public void AddIndex(IndexDefinition index)
    {
        EnsureActive();
        ArgumentNullException.ThrowIfNull(index);
        _indexes.Add(index);
    }

    /// <summary>
    /// Builds the state, checks the unique constraints (a violation throws a CypherException and writes nothing), then
    /// makes it durable and visible.
    /// </summary>
    public void Commit()
    {
        EnsureActive();
        try
        {
            GraphState state;
            using (var feed = Feed())
            {
                state = BulkStateBuilder.Build(_start, feed.Finish(), _start.NextRelationshipId + RelationshipCount, _indexes);
            }
            _finished = true;
            // The state holds the records now; the list's array would only survive the settling collection.
            _nodes.Clear();
            _nodes.Capacity = 0;
            _store.CommitBulk(state);
        }
        finally
        {
            _noCollections?.Dispose();
        }
        LoadedGraph.SettleHeap();
    }

    public void Dispose()
    {
        if (_finished)
        {
            return;
        }
        _finished = true;
        _feed?.Dispose();
        _noCollections?.Dispose();
        _store.EndBulkLoad();
    }

    // Made at the first relationship (or the commit), when the node list is complete.
    private BulkStateFeed Feed() => _feed ??= new BulkStateFeed(_start.NextNodeId + _nodes.Count, _nodes, _expectedRelationships);

    private PropertyDictionary Stored(IReadOnlyList<KeyValuePair<string, object>> properties)
    {
        if (properties.Count == 0)
        {
            return PropertyDictionary.Empty;
        }
        // Straight into the arrays the map sorts and keeps: a pair array per record first was one more copy of each.
        var keys = new string[properties.Count];
        var values = new object[properties.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var (key, value) = properties[i];
            ArgumentNullException.ThrowIfNull(key);
            ArgumentNullException.ThrowIfNull(value);
            keys[i] = _store.Strings.Share(key);
            values[i] = PropertyValues.ToStored(key, value, _store.Strings);
        }
        return PropertyDictionary.FromArrays(keys, values);
    }

    private void RequireNode(long id)
    {
        if (id < _start.NextNodeId || id >= _start.NextNodeId + _nodes.Count)
        {
            throw GraphSnapshot.NodeNotFound(id);
        }
    }

    private void EnsureActive() => ObjectDisposedException.ThrowIf(_finished, this);
}
