using System.Collections;

namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// Every node's <see cref="NodeAdjacency"/> from the full list of relationships, in bulk. Each relationship leaves one
/// endpoint per end node; a counting sort groups the endpoints by node, and sorting each node's run orders it by type;
/// each run becomes its id arrays with no per-relationship copy. Node ids are the counting sort's keys: they are dense,
/// below the store's next node id.
/// </summary>
internal sealed class AdjacencySort(int nodeLimit)
{
    private readonly BitArray _nodes = new(nodeLimit);
    private readonly Dictionary<string, int> _typeNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _types = [];
    private readonly List<long> _typeCounts = [];

    // Per relationship, in the order added: id, type number, start and end node.
    private long[] _ids = [];
    private int[] _typeOf = [];
    private int[] _starts = [];
    private int[] _ends = [];
    private int _count;
    private string? _lastType;
    private int _lastNumber;

    /// <summary>Relationships per type, for the types that have some.</summary>
    public IEnumerable<(string Type, long Count)> TypeCounts => _types.Select((type, number) => (type, _typeCounts[number]));

    public void Expect(int relationships) => Grow(relationships);

    public void AddNode(int id) => _nodes[id] = true;

    public bool HasNode(long id) => id >= 0 && id < nodeLimit && _nodes[(int)id];

    public void Add(long id, string type, int start, int end)
    {
        if (_count == _ids.Length)
        {
            Grow(Math.Max(16, 2 * _count));
        }
        var number = TypeNumber(type);
        _typeCounts[number]++;
        (_ids[_count], _typeOf[_count], _starts[_count], _ends[_count]) = (id, number, start, end);
        _count++;
    }

    public RecordMap<NodeAdjacency> Build()
    {
        var ordered = _types.Order(StringComparer.Ordinal).ToArray();
        var rank = new int[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            rank[_typeNumbers[ordered[i]]] = i;
        }
        var (sorted, ends) = ByNode(rank);

        // Each node's adjacency is made from its own run only, so two halves of the runs are built on two cores; the
        // map is then filled in node order.
        var built = new NodeAdjacency?[nodeLimit];
        var middle = MiddleNode(ends);
        Parallel.Invoke(
            () => BuildRuns(sorted, ends, ordered, built, 0, middle),
            () => BuildRuns(sorted, ends, ordered, built, middle, nodeLimit));
        var adjacency = RecordMap<NodeAdjacency>.Empty.ToBuilder();
        for (var node = 0; node < nodeLimit; node++)
        {
            if (built[node] is { } made)
            {
                adjacency.Add(node, made);
            }
        }
        return adjacency.ToImmutable();
    }

    /// <summary>The first node whose run starts at or past half of all endpoints: the two halves take about as long.</summary>
    private int MiddleNode(int[] ends)
    {
        var half = (nodeLimit == 0 ? 0 : ends[nodeLimit - 1]) / 2;
        var at = Array.BinarySearch(ends, 0, nodeLimit, half);
        return Math.Clamp(at >= 0 ? at : ~at, 0, nodeLimit);
    }

    private void BuildRuns(long[] sorted, int[] ends, string[] ordered, NodeAdjacency?[] built, int from, int to)
    {
        for (var node = from; node < to; node++)
        {
            var start = node == 0 ? 0 : ends[node - 1];
            if (ends[node] > start)
            {
                // Each node keeps its types in ordinal order. An endpoint sorts by type rank, then side, then the
                // order added, so each side's ids stay in that order: ascending unless the input said otherwise.
                var run = sorted.AsSpan(start, ends[node] - start);
                run.Sort();
                built[node] = NodeAdjacency(run, ordered);
            }
        }
    }

    // An endpoint packs what the adjacency needs into a long, so the passes after the first read it in sequence:
    // the type's rank, the side (which also says which end's node it is), the relationship's index.
    private static long Endpoint(int rank, AdjacencySide side, int index) => ((long)rank << 34) | ((long)side << 32) | (uint)index;

    private static int RankOf(long endpoint) => (int)(endpoint >> 34);

    private static AdjacencySide SideOf(long endpoint) => (AdjacencySide)((endpoint >> 32) & 3);

    private static int IndexOf(long endpoint) => (int)endpoint;

    /// <summary>
    /// Every relationship's endpoints grouped by node with a counting sort, each node's in the order added (a self-loop
    /// has one endpoint, which its node lists as a loop); ends[n] is where node n's run ends (and n + 1's starts).
    /// </summary>
    private (long[] Sorted, int[] Ends) ByNode(int[] rank)
    {
        var next = new int[nodeLimit + 1];
        var total = 0;
        for (var i = 0; i < _count; i++)
        {
            next[_starts[i] + 1]++;
            if (_ends[i] != _starts[i])
            {
                next[_ends[i] + 1]++;
            }
            total += _ends[i] != _starts[i] ? 2 : 1;
        }
        for (var n = 1; n < nodeLimit; n++)
        {
            next[n] += next[n - 1];
        }
        var sorted = new long[total];
        for (var i = 0; i < _count; i++)
        {
            var r = rank[_typeOf[i]];
            if (_starts[i] == _ends[i])
            {
                sorted[next[_starts[i]]++] = Endpoint(r, AdjacencySide.Loop, i);
                continue;
            }
            sorted[next[_starts[i]]++] = Endpoint(r, AdjacencySide.Outgoing, i);
            sorted[next[_ends[i]]++] = Endpoint(r, AdjacencySide.Incoming, i);
        }
        return (sorted, next);
    }

    /// <summary>One node's adjacency from its run of endpoints, in type order.</summary>
    private NodeAdjacency NodeAdjacency(ReadOnlySpan<long> run, string[] ordered)
    {
        var count = 1;
        for (var i = 1; i < run.Length; i++)
        {
            count += RankOf(run[i]) != RankOf(run[i - 1]) ? 1 : 0;
        }
        var types = new string[count];
        var byType = new TypeAdjacency[count];
        for (var (start, t) = (0, 0); start < run.Length; t++)
        {
            var end = start + 1;
            while (end < run.Length && RankOf(run[end]) == RankOf(run[start]))
            {
                end++;
            }
            types[t] = ordered[RankOf(run[start])];
            byType[t] = Sides(run[start..end]);
            start = end;
        }
        return Storage.NodeAdjacency.Of(types, byType);
    }

    /// <summary>One node's relationships of one type, by side.</summary>
    private TypeAdjacency Sides(ReadOnlySpan<long> endpoints)
    {
        Span<int> counts = stackalloc int[3];
        foreach (var endpoint in endpoints)
        {
            counts[(int)SideOf(endpoint)]++;
        }
        var (outgoing, incoming, loops) = (Ids(counts[0]), Ids(counts[1]), Ids(counts[2]));
        counts.Clear();
        foreach (var endpoint in endpoints)
        {
            var side = SideOf(endpoint);
            var ids = side switch
            {
                AdjacencySide.Outgoing => outgoing,
                AdjacencySide.Incoming => incoming,
                _ => loops,
            };
            ids[counts[(int)side]++] = _ids[IndexOf(endpoint)];
        }
        return new TypeAdjacency(Set(outgoing), Set(incoming), Set(loops));
    }

    private static long[] Ids(int count) => count == 0 ? [] : new long[count];

    // Ascending already when relationships come in id order, as a snapshot and a bulk load give them.
    private static RelationshipIdSet Set(long[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if (ids[i] <= ids[i - 1])
            {
                Array.Sort(ids);
                break;
            }
        }
        return RelationshipIdSet.OfAscending(ids);
    }

    private int TypeNumber(string type)
    {
        // Relationships of a type mostly come together, as the same string: that skips hashing it.
        if (ReferenceEquals(type, _lastType))
        {
            return _lastNumber;
        }
        if (!_typeNumbers.TryGetValue(type, out var number))
        {
            number = _types.Count;
            _typeNumbers.Add(type, number);
            _types.Add(type);
            _typeCounts.Add(0);
        }
        (_lastType, _lastNumber) = (type, number);
        return number;
    }

    private void Grow(int capacity)
    {
        if (capacity <= _ids.Length)
        {
            return;
        }
        Array.Resize(ref _ids, capacity);
        Array.Resize(ref _typeOf, capacity);
        Array.Resize(ref _starts, capacity);
        Array.Resize(ref _ends, capacity);
    }
}
