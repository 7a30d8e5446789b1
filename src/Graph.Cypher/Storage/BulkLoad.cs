using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>
/// Fills an empty store in one go (<see cref="GraphStore.BeginBulkLoad"/>): records are appended to plain lists, and
/// <see cref="Commit"/> builds the whole state at once and writes it as the store's snapshot, instead of one immutable
/// update and one log record per write. Holds the writer slot until committed or disposed; dispose without commit
/// leaves the store as it was. Not thread-safe.
/// </summary>
public sealed class BulkLoad : IDisposable
{
    private readonly GraphStore _store;
    private readonly GraphState _start;
    private readonly List<NodeRecord> _nodes;
    private readonly List<RelationshipRecord> _relationships;
    private readonly List<IndexDefinition> _indexes = [];
    private bool _finished;

    internal BulkLoad(GraphStore store, GraphState start, int expectedNodes, int expectedRelationships)
    {
        _store = store;
        _start = start;
        _nodes = new List<NodeRecord>(expectedNodes);
        _relationships = new List<RelationshipRecord>(expectedRelationships);
    }

    public int NodeCount => _nodes.Count;

    public int RelationshipCount => _relationships.Count;

    /// <summary>Adds a node and returns its id. Values as for <see cref="WriteTransaction.CreateNode"/>; labels distinct.</summary>
    public long AddNode(ImmutableArray<string> labels, IReadOnlyList<KeyValuePair<string, object>> properties)
    {
        EnsureActive();
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
        var relationship = new RelationshipRecord(_start.NextRelationshipId + _relationships.Count, type, startId, endId, Stored(properties));
        _relationships.Add(relationship);
        return relationship.Id;
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
        var state = BulkStateBuilder.Build(_start, _nodes, _relationships, _indexes);
        _finished = true;
        // The state holds the records now; the lists' arrays (9 MB on L) would only survive the settling collection.
        _nodes.Clear();
        _nodes.Capacity = 0;
        _relationships.Clear();
        _relationships.Capacity = 0;
        _store.CommitBulk(state);
        LoadedGraph.SettleHeap();
    }

    public void Dispose()
    {
        if (_finished)
        {
            return;
        }
        _finished = true;
        _store.EndBulkLoad();
    }

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
