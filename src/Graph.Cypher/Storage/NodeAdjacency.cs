namespace Graph.Cypher.Storage;

/// <summary>
/// All relationships of one node, split by type (ordinal order) and then by side. A node has a few types, so they sit
/// in two parallel arrays rather than a tree; the type array is shared by every node with the same types.
/// </summary>
internal sealed class NodeAdjacency
{
    public static NodeAdjacency Empty { get; } = new([], []);

    private readonly string[] _types;
    private readonly TypeAdjacency[] _byType;

    private NodeAdjacency(string[] types, TypeAdjacency[] byType)
    {
        _types = types;
        _byType = byType;
    }

    /// <param name="types">Distinct, in ordinal order, each with its relationships at the same index of <paramref name="byType"/>.</param>
    internal static NodeAdjacency Of(string[] types, TypeAdjacency[] byType) => new(SharedKeys.For(types), byType);

    public bool IsEmpty => _types.Length == 0;

    public NodeAdjacency With(string type, AdjacencySide side, long relationshipId)
    {
        var at = IndexOf(type);
        return at >= 0
            ? new NodeAdjacency(_types, ArrayCopies.Replace(_byType, at, _byType[at].With(side, relationshipId)))
            : Of(ArrayCopies.Insert(_types, ~at, type), ArrayCopies.Insert(_byType, ~at, TypeAdjacency.Empty.With(side, relationshipId)));
    }

    public NodeAdjacency Without(string type, AdjacencySide side, long relationshipId)
    {
        var at = IndexOf(type);
        if (at < 0)
        {
            return this;
        }
        var updated = _byType[at].Without(side, relationshipId);
        if (!updated.IsEmpty)
        {
            return new NodeAdjacency(_types, ArrayCopies.Replace(_byType, at, updated));
        }
        return _types.Length == 1 ? Empty : Of(ArrayCopies.RemoveAt(_types, at), ArrayCopies.RemoveAt(_byType, at));
    }

    private bool TryGetValue(string type, out TypeAdjacency adjacency)
    {
        var at = IndexOf(type);
        adjacency = at >= 0 ? _byType[at] : TypeAdjacency.Empty;
        return at >= 0;
    }

    private int IndexOf(string type) => Array.BinarySearch(_types, type, StringComparer.Ordinal);

    public int Degree(Direction direction, IReadOnlyCollection<string>? types)
    {
        var total = 0;
        if (types is null || types.Count == 0)
        {
            foreach (var adjacency in _byType)
            {
                total += adjacency.Count(direction);
            }
            return total;
        }
        var seen = types.Count == 1 ? null : new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if ((seen is null || seen.Add(type)) && TryGetValue(type, out var adjacency))
            {
                total += adjacency.Count(direction);
            }
        }
        return total;
    }

    /// <summary>
    /// Matching relationship ids in ascending order (creation order), each once. A single matching set is
    /// returned as is; several are merged, so the cost follows the matching degree only.
    /// </summary>
    public IEnumerable<long> RelationshipIds(Direction direction, IReadOnlyCollection<string>? types)
    {
        // No closures: Expand asks this for every row it expands, and a captured context was an allocation each time.
        List<RelationshipIdSet>? sets = null;
        RelationshipIdSet? single = null;
        if (types is null || types.Count == 0)
        {
            foreach (var adjacency in _byType)
            {
                Collect(adjacency, direction, ref single, ref sets);
            }
        }
        else
        {
            // Indexed: enumerating the collection interface was another object per call.
            var list = types as IReadOnlyList<string> ?? [.. types];
            for (var i = 0; i < list.Count; i++)
            {
                if (TryGetValue(list[i], out var adjacency))
                {
                    Collect(adjacency, direction, ref single, ref sets);
                }
            }
        }

        if (sets is not null)
        {
            return Merge(sets);
        }
        return single?.Ids ?? [];
    }

    private static void Collect(TypeAdjacency adjacency, Direction direction, ref RelationshipIdSet? single, ref List<RelationshipIdSet>? sets)
    {
        Take(adjacency.Loops, ref single, ref sets);
        if (direction != Direction.Incoming)
        {
            Take(adjacency.Outgoing, ref single, ref sets);
        }
        if (direction != Direction.Outgoing)
        {
            Take(adjacency.Incoming, ref single, ref sets);
        }
    }

    private static void Take(RelationshipIdSet set, ref RelationshipIdSet? single, ref List<RelationshipIdSet>? sets)
    {
        if (set.IsEmpty)
        {
            return;
        }
        if (single is null)
        {
            single = set;
            return;
        }
        sets ??= [single.Value];
        sets.Add(set);
    }

    private static long[] Merge(List<RelationshipIdSet> sets)
    {
        var count = 0;
        foreach (var set in sets)
        {
            count += set.Count;
        }
        var ids = new long[count];
        var at = 0;
        foreach (var set in sets)
        {
            foreach (var id in set.Ids)
            {
                ids[at++] = id;
            }
        }
        Array.Sort(ids);
        // The same type listed twice yields the same set twice: drop the repeats.
        var unique = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (i == 0 || ids[i] != ids[i - 1])
            {
                ids[unique++] = ids[i];
            }
        }
        return unique == ids.Length ? ids : ids[..unique];
    }
}
