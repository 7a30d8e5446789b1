using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>
/// A write transaction's working copy of a <see cref="GraphState"/>: the same trees, changed in place through
/// their builders, so a run of writes copies each tree path once instead of once per write, and no new state is
/// built per row. <see cref="ToState"/> publishes the current contents as an immutable state (freezing only what
/// changed since the last call), which is what snapshots and the log see. No checks happen here:
/// <see cref="WriteTransaction"/> validates.
/// </summary>
internal sealed class GraphStateBuilder : INodeLookup
{
    private readonly RecordMap<NodeRecord>.Builder _nodes;
    private readonly RecordMap<RelationshipRecord>.Builder _relationships;
    private readonly RecordMap<NodeAdjacency>.Builder _adjacency;
    private readonly ImmutableDictionary<string, IdTree>.Builder _labelSets;
    private readonly ImmutableDictionary<string, long>.Builder _typeCounts;
    private ImmutableArray<PropertyIndex> _indexes;
    private GraphState? _published;

    public GraphStateBuilder(GraphState start)
    {
        _nodes = start.Nodes.ToBuilder();
        _relationships = start.Relationships.ToBuilder();
        _adjacency = start.Adjacency.ToBuilder();
        _labelSets = start.LabelSets.ToBuilder();
        _typeCounts = start.TypeCounts.ToBuilder();
        _indexes = start.Indexes;
        NextNodeId = start.NextNodeId;
        NextRelationshipId = start.NextRelationshipId;
        _published = start;
    }

    public long NextNodeId { get; private set; }

    public long NextRelationshipId { get; private set; }

    public ImmutableArray<PropertyIndex> Indexes => _indexes;

    /// <summary>The contents as an immutable state; the same instance until the next change.</summary>
    public GraphState ToState() => _published ??= new GraphState
    {
        Nodes = _nodes.ToImmutable(),
        Relationships = _relationships.ToImmutable(),
        Adjacency = _adjacency.ToImmutable(),
        LabelSets = _labelSets.ToImmutable(),
        TypeCounts = _typeCounts.ToImmutable(),
        Indexes = _indexes,
        NextNodeId = NextNodeId,
        NextRelationshipId = NextRelationshipId,
    };

    public bool TryGetNode(long id, out NodeRecord node) => _nodes.TryGetValue(id, out node!);

    public bool TryGetRelationship(long id, out RelationshipRecord relationship) =>
        _relationships.TryGetValue(id, out relationship!);

    public bool ContainsNode(long id) => _nodes.ContainsKey(id);

    public bool ContainsRelationship(long id) => _relationships.ContainsKey(id);

    public NodeRecord NodeOf(long id) => _nodes[id];

    public IdTree NodeIdsWithLabel(string label) => _labelSets.GetValueOrDefault(label, IdTree.Empty);

    /// <summary>Only nodes with at least one relationship have adjacency.</summary>
    public bool HasRelationships(long nodeId) => _adjacency.ContainsKey(nodeId);

    /// <inheritdoc cref="GraphSnapshot.Degree"/>
    public int Degree(long nodeId, Direction direction, IReadOnlyCollection<string>? types) =>
        _adjacency.TryGetValue(nodeId, out var adjacency) ? adjacency.Degree(direction, types) : 0;

    /// <summary>Inserts or replaces a node, keeping label sets and property indexes in step.</summary>
    public void SetNode(NodeRecord node)
    {
        _nodes.TryGetValue(node.Id, out var before);
        _nodes[node.Id] = node;
        UpdateLabelSets(before, node);
        UpdateIndexes(before, node);
        NextNodeId = Math.Max(NextNodeId, node.Id + 1);
        _published = null;
    }

    public void RemoveNode(long nodeId)
    {
        if (!_nodes.TryGetValue(nodeId, out var before))
        {
            return;
        }
        _nodes.Remove(nodeId);
        _adjacency.Remove(nodeId);
        UpdateLabelSets(before, null);
        UpdateIndexes(before, null);
        _published = null;
    }

    /// <summary>Inserts a relationship or replaces its properties (endpoints and type never change).</summary>
    public void SetRelationship(RelationshipRecord relationship)
    {
        var existed = _relationships.ContainsKey(relationship.Id);
        _relationships[relationship.Id] = relationship;
        NextRelationshipId = Math.Max(NextRelationshipId, relationship.Id + 1);
        if (!existed)
        {
            Link(relationship, add: true);
            _typeCounts[relationship.Type] = _typeCounts.GetValueOrDefault(relationship.Type) + 1;
        }
        _published = null;
    }

    public void RemoveRelationship(long relationshipId)
    {
        if (!_relationships.TryGetValue(relationshipId, out var relationship))
        {
            return;
        }
        _relationships.Remove(relationshipId);
        Link(relationship, add: false);
        var count = _typeCounts[relationship.Type];
        if (count == 1)
        {
            _typeCounts.Remove(relationship.Type);
        }
        else
        {
            _typeCounts[relationship.Type] = count - 1;
        }
        _published = null;
    }

    /// <summary>Id counters never go down: ids handed out once stay used, even by rolled-back work.</summary>
    public void RaiseNextIds(long nextNodeId, long nextRelationshipId)
    {
        if (nextNodeId > NextNodeId || nextRelationshipId > NextRelationshipId)
        {
            NextNodeId = Math.Max(NextNodeId, nextNodeId);
            NextRelationshipId = Math.Max(NextRelationshipId, nextRelationshipId);
            _published = null;
        }
    }

    public void AddIndex(PropertyIndex index)
    {
        _indexes = _indexes.Add(index);
        _published = null;
    }

    /// <summary>Returns false when no index has that name.</summary>
    public bool RemoveIndex(string name)
    {
        for (var i = 0; i < _indexes.Length; i++)
        {
            if (string.Equals(_indexes[i].Definition.Name, name, StringComparison.Ordinal))
            {
                _indexes = _indexes.RemoveAt(i);
                _published = null;
                return true;
            }
        }
        return false;
    }

    private void UpdateIndexes(NodeRecord? before, NodeRecord? after)
    {
        for (var i = 0; i < _indexes.Length; i++)
        {
            var updated = _indexes[i].Update(before, after);
            if (!ReferenceEquals(updated, _indexes[i]))
            {
                _indexes = _indexes.SetItem(i, updated);
            }
        }
    }

    private void UpdateLabelSets(NodeRecord? before, NodeRecord? after)
    {
        if (before is not null)
        {
            foreach (var label in before.Labels)
            {
                if (after is null || !after.HasLabel(label))
                {
                    var remaining = _labelSets[label].Remove(before.Id);
                    if (remaining.Count == 0)
                    {
                        _labelSets.Remove(label);
                    }
                    else
                    {
                        _labelSets[label] = remaining;
                    }
                }
            }
        }
        if (after is not null)
        {
            foreach (var label in after.Labels)
            {
                if (before is null || !before.HasLabel(label))
                {
                    _labelSets[label] = _labelSets.GetValueOrDefault(label, IdTree.Empty).Add(after.Id);
                }
            }
        }
    }

    private void Link(RelationshipRecord relationship, bool add)
    {
        if (relationship.StartId == relationship.EndId)
        {
            Update(relationship.StartId, relationship, AdjacencySide.Loop, add);
            return;
        }
        Update(relationship.StartId, relationship, AdjacencySide.Outgoing, add);
        Update(relationship.EndId, relationship, AdjacencySide.Incoming, add);
    }

    private void Update(long nodeId, RelationshipRecord relationship, AdjacencySide side, bool add)
    {
        var current = _adjacency.TryGetValue(nodeId, out var existing) ? existing : NodeAdjacency.Empty;
        var updated = add
            ? current.With(relationship.Type, side, relationship.Id)
            : current.Without(relationship.Type, side, relationship.Id);
        if (updated.IsEmpty)
        {
            _adjacency.Remove(nodeId);
        }
        else
        {
            _adjacency[nodeId] = updated;
        }
    }
}
