using System.Collections.Immutable;
using Graph.Core.Cypher;

namespace Graph.Cypher.Storage;

/// <summary>
/// The single writer. <see cref="View"/> shows committed state plus this transaction's own writes.
/// Violations (unique constraint, deleting a node that still has relationships) throw
/// Graph.Core.Cypher.CypherException with a Neo4j status code, leaving the transaction usable: the failed
/// operation had no effect. Dispose without Commit rolls back. Not thread-safe: one caller at a time.
/// </summary>
public sealed class WriteTransaction : IDisposable
{
    private readonly GraphStore _store;
    private readonly GraphStateBuilder _state;
    private GraphSnapshot? _view;
    private bool _finished;

    internal WriteTransaction(GraphStore store, GraphState start)
    {
        _store = store;
        _state = new GraphStateBuilder(start);
    }

    /// <summary>Ids of nodes created, changed or deleted here; the log records their final state.</summary>
    internal HashSet<long> TouchedNodes { get; } = [];

    internal HashSet<long> TouchedRelationships { get; } = [];

    internal bool IndexesChanged { get; private set; }

    /// <summary>The writes so far as one immutable state (built when asked, then reused until the next write).</summary>
    internal GraphState State => _state.ToState();

    internal long NextNodeId => _state.NextNodeId;

    internal long NextRelationshipId => _state.NextRelationshipId;

    public GraphSnapshot View
    {
        get
        {
            EnsureActive();
            return _view ??= new GraphSnapshot(_state.ToState(), version: -1);
        }
    }

    /// <summary>
    /// Point reads of the working state. Unlike <see cref="View"/> they publish nothing, so a statement that reads and
    /// then writes per row (MERGE, SET) does not freeze the trees it is about to change, which would copy their
    /// paths on every row. They answer what <see cref="View"/> would answer at this moment.
    /// </summary>
    public NodeRecord? GetNode(long id)
    {
        EnsureActive();
        return _state.TryGetNode(id, out var node) ? node : null;
    }

    /// <inheritdoc cref="GetNode"/>
    public RelationshipRecord? GetRelationship(long id)
    {
        EnsureActive();
        return _state.TryGetRelationship(id, out var relationship) ? relationship : null;
    }

    /// <inheritdoc cref="GetNode"/>
    public int Degree(long nodeId, Direction direction, IReadOnlyCollection<string>? types)
    {
        EnsureActive();
        return _state.Degree(nodeId, direction, types);
    }

    /// <summary>What <see cref="GraphSnapshot.FindNodes"/> on <see cref="View"/> would return now, as a list taken now.</summary>
    public List<NodeRecord> FindNodes(string label, string property, object value)
    {
        EnsureActive();
        return [.. INodeLookup.FindNodes(_state, label, property, value)];
    }

    public NodeRecord CreateNode(IEnumerable<string> labels, IReadOnlyDictionary<string, object> properties)
    {
        EnsureActive();
        var node = new NodeRecord(_state.NextNodeId, DistinctLabels(labels), PropertyValues.ToStoredMap(properties, _store.Strings));
        CheckUnique(node, label: null, property: null);
        _state.SetNode(node);
        Changed();
        TouchedNodes.Add(node.Id);
        return node;
    }

    public RelationshipRecord CreateRelationship(long startId, long endId, string type, IReadOnlyDictionary<string, object> properties)
    {
        EnsureActive();
        ArgumentException.ThrowIfNullOrEmpty(type);
        RequireNode(startId);
        RequireNode(endId);
        var relationship = new RelationshipRecord(_state.NextRelationshipId, type, startId, endId, PropertyValues.ToStoredMap(properties, _store.Strings));
        _state.SetRelationship(relationship);
        Changed();
        TouchedRelationships.Add(relationship.Id);
        return relationship;
    }

    /// <summary>Null value removes the property.</summary>
    public NodeRecord SetNodeProperty(long nodeId, string key, object? value) => SetNodeProperties(nodeId, [new(key, value)]);

    /// <summary>Null value removes the property.</summary>
    public RelationshipRecord SetRelationshipProperty(long relationshipId, string key, object? value) =>
        SetRelationshipProperties(relationshipId, [new(key, value)]);

    /// <summary>
    /// Sets several properties in one step (a null value removes the key): what <c>SET n = map</c> and <c>SET n += map</c>
    /// do. One new state for the whole map instead of one per key, which a bulk import does for every row.
    /// </summary>
    public NodeRecord SetNodeProperties(long nodeId, IReadOnlyList<KeyValuePair<string, object?>> changes)
    {
        EnsureActive();
        var node = RequireNode(nodeId);
        var properties = WithProperties(node.Properties, changes);
        if (ReferenceEquals(properties, node.Properties))
        {
            return node;
        }
        var updated = node with { Properties = properties };
        CheckUnique(updated, label: null, property: changes.Count == 1 ? changes[0].Key : null);
        _state.SetNode(updated);
        Changed();
        TouchedNodes.Add(nodeId);
        return updated;
    }

    /// <inheritdoc cref="SetNodeProperties"/>
    public RelationshipRecord SetRelationshipProperties(long relationshipId, IReadOnlyList<KeyValuePair<string, object?>> changes)
    {
        EnsureActive();
        var relationship = RequireRelationship(relationshipId);
        var properties = WithProperties(relationship.Properties, changes);
        if (ReferenceEquals(properties, relationship.Properties))
        {
            return relationship;
        }
        var updated = relationship with { Properties = properties };
        _state.SetRelationship(updated);
        Changed();
        TouchedRelationships.Add(relationshipId);
        return updated;
    }

    public NodeRecord AddLabel(long nodeId, string label)
    {
        EnsureActive();
        ArgumentException.ThrowIfNullOrEmpty(label);
        var node = RequireNode(nodeId);
        if (node.HasLabel(label))
        {
            return node;
        }
        var updated = node with { Labels = node.Labels.Add(label) };
        CheckUnique(updated, label, property: null);
        _state.SetNode(updated);
        Changed();
        TouchedNodes.Add(nodeId);
        return updated;
    }

    public NodeRecord RemoveLabel(long nodeId, string label)
    {
        EnsureActive();
        var node = RequireNode(nodeId);
        if (!node.HasLabel(label))
        {
            return node;
        }
        var updated = node with { Labels = node.Labels.Remove(label) };
        _state.SetNode(updated);
        Changed();
        TouchedNodes.Add(nodeId);
        return updated;
    }

    /// <summary>
    /// Throws when the node still has relationships (DETACH DELETE removes those first). Deleting a node
    /// that is already gone does nothing, as when several rows delete the same node.
    /// </summary>
    public void DeleteNode(long nodeId)
    {
        EnsureActive();
        if (!_state.ContainsNode(nodeId))
        {
            return;
        }
        if (_state.HasRelationships(nodeId))
        {
            throw new CypherException(CypherErrorCodes.DeleteAttachedNode,
                $"Cannot delete node<{nodeId}>, because it still has relationships. To delete this node, you must first delete its relationships.");
        }
        _state.RemoveNode(nodeId);
        Changed();
        TouchedNodes.Add(nodeId);
    }

    /// <summary>Deleting a relationship that is already gone does nothing.</summary>
    public void DeleteRelationship(long relationshipId)
    {
        EnsureActive();
        if (!_state.ContainsRelationship(relationshipId))
        {
            return;
        }
        _state.RemoveRelationship(relationshipId);
        Changed();
        TouchedRelationships.Add(relationshipId);
    }

    /// <summary>
    /// Idempotent: returns false when an equivalent index (same label, property and uniqueness) already
    /// exists, under any name. A different index under the same name, or a unique index over data that
    /// already has duplicates, throws.
    /// </summary>
    public bool CreateIndex(IndexDefinition index)
    {
        EnsureActive();
        ArgumentNullException.ThrowIfNull(index);
        foreach (var existing in _state.Indexes)
        {
            if (existing.Definition.IsEquivalentTo(index))
            {
                return false;
            }
            if (string.Equals(existing.Definition.Name, index.Name, StringComparison.Ordinal))
            {
                throw new CypherException(IndexErrors.NameAlreadyExistsCode,
                    $"There already exists an index or constraint called '{index.Name}' on (:{existing.Definition.Label} {{{existing.Definition.Property}}}).");
            }
        }
        var built = PropertyIndex.Build(index, _state.ToState().NodesWithLabel(index.Label));
        if (index.Unique)
        {
            IndexErrors.ThrowIfDuplicates(built);
        }
        _state.AddIndex(built);
        Changed();
        IndexesChanged = true;
        return true;
    }

    /// <summary>Returns false when no index or constraint has that name.</summary>
    public bool DropIndex(string name)
    {
        EnsureActive();
        if (!_state.RemoveIndex(name))
        {
            return false;
        }
        Changed();
        IndexesChanged = true;
        return true;
    }

    /// <summary>Makes the writes durable (when the store has a data directory) and then visible, atomically.</summary>
    public void Commit()
    {
        EnsureActive();
        _finished = true;
        _store.Commit(this);
    }

    public void Dispose()
    {
        if (_finished)
        {
            return;
        }
        _finished = true;
        _store.Rollback(this);
    }

    private void Changed() => _view = null;

    private NodeRecord RequireNode(long id) =>
        _state.TryGetNode(id, out var node) ? node : throw GraphSnapshot.NodeNotFound(id);

    private RelationshipRecord RequireRelationship(long id) =>
        _state.TryGetRelationship(id, out var relationship) ? relationship : throw GraphSnapshot.RelationshipNotFound(id);

    private void EnsureActive() =>
        ObjectDisposedException.ThrowIf(_finished, this);

    /// <summary>The properties with the changes applied (null removes a key); the same instance when nothing changes.</summary>
    private PropertyDictionary WithProperties(PropertyDictionary properties, IReadOnlyList<KeyValuePair<string, object?>> changes)
    {
        var stored = new KeyValuePair<string, object?>[changes.Count];
        for (var i = 0; i < stored.Length; i++)
        {
            var (key, value) = changes[i];
            ArgumentNullException.ThrowIfNull(key);
            stored[i] = new(key, value is null ? null : PropertyValues.ToStored(key, value, _store.Strings));
        }
        return properties.With(stored);
    }

    private static ImmutableArray<string> DistinctLabels(IEnumerable<string> labels)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var label in labels)
        {
            ArgumentException.ThrowIfNullOrEmpty(label, nameof(labels));
            if (!builder.Contains(label))
            {
                builder.Add(label);
            }
        }
        return builder.DrainToImmutable();
    }

    /// <summary>Throws when the node would share a unique key with another; only indexes touching the change are checked.</summary>
    private void CheckUnique(NodeRecord node, string? label, string? property)
    {
        foreach (var index in _state.Indexes)
        {
            var definition = index.Definition;
            if (!definition.Unique
                || (label is not null && !string.Equals(definition.Label, label, StringComparison.Ordinal))
                || (property is not null && !string.Equals(definition.Property, property, StringComparison.Ordinal))
                || !index.TryGetKey(node, out var key)
                || !index.TryLookup(key, out var holders))
            {
                continue;
            }
            foreach (var other in holders)
            {
                if (other != node.Id)
                {
                    throw IndexErrors.AlreadyExists(other, definition, node.Properties[definition.Property]);
                }
            }
        }
    }
}
