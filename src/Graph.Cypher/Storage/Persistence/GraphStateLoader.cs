using System.Collections.Immutable;

namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// Builds a <see cref="GraphState"/> from a full list of records with mutable builders, which is far
/// cheaper than one immutable update per record when loading a snapshot.
/// </summary>
internal sealed class GraphStateLoader(long nextNodeId, long nextRelationshipId)
{
    private readonly RecordMap<NodeRecord>.Builder _nodes = RecordMap<NodeRecord>.Empty.ToBuilder();
    private readonly RecordMap<RelationshipRecord>.Builder _relationships = RecordMap<RelationshipRecord>.Empty.ToBuilder();
    private readonly Dictionary<string, List<long>> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Dictionary<string, SideLists>> _adjacency = [];
    private readonly List<IndexDefinition> _indexes = [];
    private readonly Dictionary<string, long> _typeCounts = new(StringComparer.Ordinal);

    public void Add(IndexDefinition index) => _indexes.Add(index);

    public void Add(NodeRecord node)
    {
        _nodes.Add(node.Id, node);
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
        if (!_nodes.ContainsKey(relationship.StartId) || !_nodes.ContainsKey(relationship.EndId))
        {
            throw new InvalidDataException($"Relationship {relationship.Id} refers to a node that is not in the snapshot.");
        }
        _relationships.Add(relationship.Id, relationship);
        _typeCounts[relationship.Type] = _typeCounts.GetValueOrDefault(relationship.Type) + 1;
        if (relationship.StartId == relationship.EndId)
        {
            Lists(relationship.StartId, relationship.Type).Loops.Add(relationship.Id);
            return;
        }
        Lists(relationship.StartId, relationship.Type).Outgoing.Add(relationship.Id);
        Lists(relationship.EndId, relationship.Type).Incoming.Add(relationship.Id);
    }

    public GraphState Build()
    {
        var nodes = _nodes.ToImmutable();
        var labels = GraphState.Empty.LabelSets.ToBuilder();
        foreach (var (label, ids) in _labels)
        {
            labels.Add(label, ImmutableSortedSet.CreateRange(ids));
        }
        var adjacency = GraphState.Empty.Adjacency.ToBuilder();
        foreach (var (nodeId, byType) in _adjacency)
        {
            var ordered = byType.OrderBy(entry => entry.Key, StringComparer.Ordinal).ToArray();
            adjacency.Add(nodeId, NodeAdjacency.Of(
                Array.ConvertAll(ordered, entry => entry.Key),
                Array.ConvertAll(ordered, entry => new TypeAdjacency(
                    RelationshipIdSet.Of(entry.Value.Outgoing),
                    RelationshipIdSet.Of(entry.Value.Incoming),
                    RelationshipIdSet.Of(entry.Value.Loops)))));
        }
        var state = GraphState.Empty with
        {
            Nodes = nodes,
            Relationships = _relationships.ToImmutable(),
            Adjacency = adjacency.ToImmutable(),
            LabelSets = labels.ToImmutable(),
            TypeCounts = GraphState.Empty.TypeCounts.AddRange(_typeCounts),
            NextNodeId = nextNodeId,
            NextRelationshipId = nextRelationshipId,
        };
        var indexes = ImmutableArray.CreateBuilder<PropertyIndex>(_indexes.Count);
        foreach (var definition in _indexes)
        {
            indexes.Add(PropertyIndex.Build(definition, state.NodesWithLabel(definition.Label)));
        }
        return state with { Indexes = indexes.MoveToImmutable() };
    }

    private SideLists Lists(long nodeId, string type)
    {
        if (!_adjacency.TryGetValue(nodeId, out var byType))
        {
            byType = new Dictionary<string, SideLists>(StringComparer.Ordinal);
            _adjacency.Add(nodeId, byType);
        }
        if (!byType.TryGetValue(type, out var lists))
        {
            lists = new SideLists();
            byType.Add(type, lists);
        }
        return lists;
    }

    private sealed class SideLists
    {
        public List<long> Outgoing { get; } = [];

        public List<long> Incoming { get; } = [];

        public List<long> Loops { get; } = [];
    }
}
