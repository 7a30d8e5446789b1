using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// Builds a <see cref="GraphState"/> from a full list of records with mutable builders, which is far
/// cheaper than one immutable update per record when loading a snapshot. Adjacency is built last and in bulk:
/// each relationship leaves one entry per endpoint, two stable counting sorts group the entries by node and then
/// type, and each node's run becomes its <see cref="NodeAdjacency"/> with no per-relationship copy.
/// </summary>
internal sealed class GraphStateLoader(long nextNodeId, long nextRelationshipId)
{
    private readonly RecordMap<NodeRecord>.Builder _nodes = RecordMap<NodeRecord>.Empty.ToBuilder();
    private readonly RecordMap<RelationshipRecord>.Builder _relationships = RecordMap<RelationshipRecord>.Empty.ToBuilder();
    private readonly Dictionary<string, List<long>> _labels = new(StringComparer.Ordinal);
    private readonly List<IndexDefinition> _indexes = [];

    // Nodes by position in the file, and each node id's position: the dense keys the adjacency sort buckets on.
    private readonly List<long> _nodeIds = [];
    private readonly Dictionary<long, int> _nodePositions = [];

    // Relationship types by first appearance, with their counts.
    private readonly Dictionary<string, int> _typeNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _types = [];
    private readonly List<long> _typeCounts = [];

    // Per relationship, in file order: id, type number, and the positions of its start and end nodes.
    private readonly List<long> _relationshipIds = [];
    private readonly List<int> _relationshipTypes = [];
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];

    public void Add(IndexDefinition index) => _indexes.Add(index);

    /// <summary>Sizes the working lists for the counts the file announces before its records.</summary>
    public void ExpectNodes(int count)
    {
        _nodeIds.Capacity = count;
        _nodePositions.EnsureCapacity(count);
    }

    /// <inheritdoc cref="ExpectNodes"/>
    public void ExpectRelationships(int count)
    {
        _relationshipIds.Capacity = count;
        _relationshipTypes.Capacity = count;
        _starts.Capacity = count;
        _ends.Capacity = count;
    }

    public void Add(NodeRecord node)
    {
        _nodes.Add(node.Id, node);
        _nodePositions.Add(node.Id, _nodeIds.Count);
        _nodeIds.Add(node.Id);
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
        if (!_nodePositions.TryGetValue(relationship.StartId, out var start) || !_nodePositions.TryGetValue(relationship.EndId, out var end))
        {
            throw new InvalidDataException($"Relationship {relationship.Id} refers to a node that is not in the snapshot.");
        }
        _relationships.Add(relationship.Id, relationship);
        var type = TypeNumber(relationship.Type);
        _typeCounts[type]++;
        _relationshipIds.Add(relationship.Id);
        _relationshipTypes.Add(type);
        _starts.Add(start);
        _ends.Add(end);
    }

    public GraphState Build()
    {
        var labels = GraphState.Empty.LabelSets.ToBuilder();
        foreach (var (label, ids) in _labels)
        {
            labels.Add(label, ImmutableSortedSet.CreateRange(ids));
        }
        var typeCounts = GraphState.Empty.TypeCounts.ToBuilder();
        for (var type = 0; type < _types.Count; type++)
        {
            typeCounts.Add(_types[type], _typeCounts[type]);
        }
        var state = GraphState.Empty with
        {
            Nodes = _nodes.ToImmutable(),
            Relationships = _relationships.ToImmutable(),
            Adjacency = BuildAdjacency(),
            LabelSets = labels.ToImmutable(),
            TypeCounts = typeCounts.ToImmutable(),
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

    private int TypeNumber(string type)
    {
        if (!_typeNumbers.TryGetValue(type, out var number))
        {
            number = _types.Count;
            _typeNumbers.Add(type, number);
            _types.Add(type);
            _typeCounts.Add(0);
        }
        return number;
    }

    // An endpoint is an int: the relationship's index in file order times two, plus one for its end node. A self-loop
    // has only its start endpoint, which its node lists as a loop.
    private int NodeOf(int endpoint) => (endpoint & 1) == 0 ? _starts[endpoint >> 1] : _ends[endpoint >> 1];

    private int TypeOf(int endpoint) => _relationshipTypes[endpoint >> 1];

    private AdjacencySide SideOf(int endpoint) =>
        (endpoint & 1) == 1 ? AdjacencySide.Incoming
        : _starts[endpoint >> 1] == _ends[endpoint >> 1] ? AdjacencySide.Loop
        : AdjacencySide.Outgoing;

    private RecordMap<NodeAdjacency> BuildAdjacency()
    {
        var endpoints = new List<int>(2 * _relationshipIds.Count);
        for (var i = 0; i < _relationshipIds.Count; i++)
        {
            endpoints.Add(2 * i);
            if (_starts[i] != _ends[i])
            {
                endpoints.Add((2 * i) + 1);
            }
        }
        // Each node keeps its types in ordinal order: sort by the type's rank first, then (stably) by node. Within
        // a node and type the endpoints stay in file order, and ids ascend there unless the file says otherwise.
        var ordered = _types.Order(StringComparer.Ordinal).ToArray();
        var rank = new int[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            rank[_typeNumbers[ordered[i]]] = i;
        }
        var sorted = SortedBy(CollectionsMarshal.AsSpan(endpoints), endpoint => rank[TypeOf(endpoint)], ordered.Length);
        sorted = SortedBy(sorted, NodeOf, _nodeIds.Count);

        var adjacency = RecordMap<NodeAdjacency>.Empty.ToBuilder();
        var types = new List<string>();
        var byType = new List<TypeAdjacency>();
        foreach (var (nodeStart, nodeEnd) in Runs(sorted, 0, sorted.Length, NodeOf))
        {
            types.Clear();
            byType.Clear();
            foreach (var (start, end) in Runs(sorted, nodeStart, nodeEnd, TypeOf))
            {
                var run = sorted.AsSpan(start, end - start);
                types.Add(_types[TypeOf(run[0])]);
                byType.Add(new TypeAdjacency(Side(run, AdjacencySide.Outgoing), Side(run, AdjacencySide.Incoming), Side(run, AdjacencySide.Loop)));
            }
            adjacency.Add(_nodeIds[NodeOf(sorted[nodeStart])], NodeAdjacency.Of([.. types], [.. byType]));
        }
        return adjacency.ToImmutable();
    }

    /// <summary>A stable counting sort on a small dense key (0 to <paramref name="keyCount"/> - 1).</summary>
    private static int[] SortedBy(ReadOnlySpan<int> endpoints, Func<int, int> key, int keyCount)
    {
        var next = new int[keyCount + 1];
        foreach (var endpoint in endpoints)
        {
            next[key(endpoint) + 1]++;
        }
        for (var k = 1; k < keyCount; k++)
        {
            next[k] += next[k - 1];
        }
        var sorted = new int[endpoints.Length];
        foreach (var endpoint in endpoints)
        {
            sorted[next[key(endpoint)]++] = endpoint;
        }
        return sorted;
    }

    /// <summary>The maximal runs, as [start, end), of consecutive endpoints in the range with the same key.</summary>
    private static IEnumerable<(int Start, int End)> Runs(int[] endpoints, int from, int to, Func<int, int> key)
    {
        for (var start = from; start < to;)
        {
            var value = key(endpoints[start]);
            var end = start + 1;
            while (end < to && key(endpoints[end]) == value)
            {
                end++;
            }
            yield return (start, end);
            start = end;
        }
    }

    /// <summary>The ids of one side of one node's relationships of one type.</summary>
    private RelationshipIdSet Side(ReadOnlySpan<int> endpoints, AdjacencySide side)
    {
        var count = 0;
        foreach (var endpoint in endpoints)
        {
            count += SideOf(endpoint) == side ? 1 : 0;
        }
        if (count == 0)
        {
            return RelationshipIdSet.Empty;
        }
        var ids = new long[count];
        var at = 0;
        foreach (var endpoint in endpoints)
        {
            if (SideOf(endpoint) == side)
            {
                ids[at++] = _relationshipIds[endpoint >> 1];
            }
        }
        // Ascending already in a file this build writes, where relationships come in id order.
        if (!IsAscending(ids))
        {
            Array.Sort(ids);
        }
        return RelationshipIdSet.OfAscending(ids);
    }

    private static bool IsAscending(long[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if (ids[i] <= ids[i - 1])
            {
                return false;
            }
        }
        return true;
    }
}
