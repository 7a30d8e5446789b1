using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>All relationships of one node, split by type (ordinal order) and then by side.</summary>
internal sealed class NodeAdjacency
{
    public static NodeAdjacency Empty { get; } =
        new(ImmutableSortedDictionary<string, TypeAdjacency>.Empty.WithComparers(StringComparer.Ordinal));

    internal NodeAdjacency(ImmutableSortedDictionary<string, TypeAdjacency> byType) => ByType = byType;

    public ImmutableSortedDictionary<string, TypeAdjacency> ByType { get; }

    public bool IsEmpty => ByType.IsEmpty;

    public NodeAdjacency With(string type, AdjacencySide side, long relationshipId)
    {
        var current = ByType.TryGetValue(type, out var existing) ? existing : TypeAdjacency.Empty;
        return new NodeAdjacency(ByType.SetItem(type, current.With(side, relationshipId)));
    }

    public NodeAdjacency Without(string type, AdjacencySide side, long relationshipId)
    {
        if (!ByType.TryGetValue(type, out var existing))
        {
            return this;
        }
        var updated = existing.Without(side, relationshipId);
        return new NodeAdjacency(updated.IsEmpty ? ByType.Remove(type) : ByType.SetItem(type, updated));
    }

    public int Degree(Direction direction, IReadOnlyCollection<string>? types)
    {
        var total = 0;
        if (types is null || types.Count == 0)
        {
            foreach (var (_, adjacency) in ByType)
            {
                total += adjacency.Count(direction);
            }
            return total;
        }
        var seen = types.Count == 1 ? null : new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if ((seen is null || seen.Add(type)) && ByType.TryGetValue(type, out var adjacency))
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
        List<ImmutableSortedSet<long>>? sets = null;
        ImmutableSortedSet<long>? single = null;
        void Collect(TypeAdjacency adjacency)
        {
            Take(adjacency.Loops);
            if (direction != Direction.Incoming)
            {
                Take(adjacency.Outgoing);
            }
            if (direction != Direction.Outgoing)
            {
                Take(adjacency.Incoming);
            }
        }
        void Take(ImmutableSortedSet<long> set)
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
            sets ??= [single];
            sets.Add(set);
        }

        if (types is null || types.Count == 0)
        {
            foreach (var (_, adjacency) in ByType)
            {
                Collect(adjacency);
            }
        }
        else
        {
            foreach (var type in types)
            {
                if (ByType.TryGetValue(type, out var adjacency))
                {
                    Collect(adjacency);
                }
            }
        }

        if (sets is not null)
        {
            return Merge(sets);
        }
        return single is null ? [] : single;
    }

    private static long[] Merge(List<ImmutableSortedSet<long>> sets)
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
            foreach (var id in set)
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
