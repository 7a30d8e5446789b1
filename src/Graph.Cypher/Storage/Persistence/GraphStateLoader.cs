using System.Collections.Immutable;

namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// Builds a <see cref="GraphState"/> from a full list of records with mutable builders, which is far
/// cheaper than one immutable update per record when loading a snapshot. Node ids are below the store's next id, so
/// they serve as dense keys. Adjacency is built last and in bulk (<see cref="AdjacencySort"/>). The label sets and
/// property indexes need the nodes only: they are built on another core while the relationships are read.
/// </summary>
internal sealed class GraphStateLoader
{
    private readonly long _nextNodeId;
    private long _nextRelationshipId;
    private readonly RecordMap<NodeRecord>.Builder _nodes = RecordMap<NodeRecord>.Empty.ToBuilder();
    private readonly RecordMap<RelationshipRecord>.Builder _relationships = RecordMap<RelationshipRecord>.Empty.ToBuilder();
    private readonly Dictionary<string, List<long>> _labels = new(StringComparer.Ordinal);
    private readonly List<IndexDefinition> _indexes = [];
    private readonly AdjacencySort _adjacency;
    private Task<(ImmutableDictionary<string, IdTree> Labels, ImmutableArray<PropertyIndex> Indexes)>? _nodeSide;

    public GraphStateLoader(long nextNodeId, long nextRelationshipId)
        : this(nextNodeId)
    {
        _nextRelationshipId = nextRelationshipId;
    }

    /// <summary>A loader whose relationship ids end where <see cref="EndRelationshipsAt"/> says, once they are all in.</summary>
    public GraphStateLoader(long nextNodeId)
    {
        if (nextNodeId > Array.MaxLength)
        {
            throw new InvalidDataException($"The next node id {nextNodeId} is past what a store in memory can hold.");
        }
        _nextNodeId = nextNodeId;
        _adjacency = new AdjacencySort((int)nextNodeId);
    }

    public void Add(IndexDefinition index) => _indexes.Add(index);

    /// <summary>Sizes the working lists for the relationships, which come after every node: the node side starts now.</summary>
    public void ExpectRelationships(int count)
    {
        _adjacency.Expect(count);
        StartNodeSide();
    }

    /// <summary>Sizes the working lists only: a bulk load may still declare indexes, so its node side starts at <see cref="Build"/>.</summary>
    public void ReserveRelationships(int count) => _adjacency.Expect(count);

    public void EndRelationshipsAt(long nextRelationshipId) => _nextRelationshipId = nextRelationshipId;

    public void Add(NodeRecord node)
    {
        if (_nodeSide is not null)
        {
            throw new InvalidOperationException("Nodes come before relationships.");
        }
        if (node.Id < 0 || node.Id >= _nextNodeId)
        {
            throw new InvalidDataException($"Node {node.Id} is outside the ids the snapshot hands out (below {_nextNodeId}).");
        }
        _nodes.Add(node.Id, node);
        _adjacency.AddNode((int)node.Id);
        foreach (var label in node.Labels)
        {
            if (!_labels.TryGetValue(label, out var ids))
            {
                ids = [];
                _labels.Add(label, ids);
            }
            ids.Add(node.Id);
        }
    }

    public void Add(RelationshipRecord relationship)
    {
        if (!_adjacency.HasNode(relationship.StartId) || !_adjacency.HasNode(relationship.EndId))
        {
            throw new InvalidDataException($"Relationship {relationship.Id} refers to a node that is not in the snapshot.");
        }
        _relationships.Add(relationship.Id, relationship);
        _adjacency.Add(relationship.Id, relationship.Type, (int)relationship.StartId, (int)relationship.EndId);
    }

    public GraphState Build()
    {
        StartNodeSide();
        var adjacency = _adjacency.Build();
        var (labels, indexes) = _nodeSide!.GetAwaiter().GetResult();
        var typeCounts = GraphState.Empty.TypeCounts.ToBuilder();
        foreach (var (type, count) in _adjacency.TypeCounts)
        {
            typeCounts.Add(type, count);
        }
        return GraphState.Empty with
        {
            Nodes = _nodes.ToImmutable(),
            Relationships = _relationships.ToImmutable(),
            Adjacency = adjacency,
            LabelSets = labels,
            TypeCounts = typeCounts.ToImmutable(),
            Indexes = indexes,
            NextNodeId = _nextNodeId,
            NextRelationshipId = _nextRelationshipId,
        };
    }

    // Once every node is in, nothing changes the node map or the label lists: the other core may read them.
    private void StartNodeSide() => _nodeSide ??= Task.Run(BuildNodeSide);

    private (ImmutableDictionary<string, IdTree>, ImmutableArray<PropertyIndex>) BuildNodeSide()
    {
        var labels = GraphState.Empty.LabelSets.ToBuilder();
        foreach (var (label, ids) in _labels)
        {
            labels.Add(label, IdTree.Of(ids));
        }
        var indexes = ImmutableArray.CreateBuilder<PropertyIndex>(_indexes.Count);
        foreach (var definition in _indexes)
        {
            var ids = _labels.TryGetValue(definition.Label, out var labelled) ? labelled : [];
            indexes.Add(PropertyIndex.Build(definition, ids.Select(id => _nodes[id])));
        }
        return (labels.ToImmutable(), indexes.MoveToImmutable());
    }
}
