using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>
/// The ids of one node's relationships of one type on one side, ascending (creation order). Immutable. Most nodes
/// have a handful, kept in one sorted array; a hub's set becomes a balanced tree once large, so adding to it does not
/// copy thousands of ids. Arrays instead of a tree node per id took the graph's largest kind of object off the heap.
/// </summary>
internal readonly struct RelationshipIdSet
{
    // Past this many ids an added id copies more than a tree path would allocate.
    private const int MaxArrayLength = 32;

    private readonly long[]? _array;
    private readonly ImmutableSortedSet<long>? _tree;

    private RelationshipIdSet(long[]? array, ImmutableSortedSet<long>? tree)
    {
        _array = array;
        _tree = tree;
    }

    public static RelationshipIdSet Empty => default;

    /// <summary>A set of these ids (each once).</summary>
    public static RelationshipIdSet Of(IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0)
        {
            return Empty;
        }
        if (ids.Count > MaxArrayLength)
        {
            return new RelationshipIdSet(null, ImmutableSortedSet.CreateRange(ids));
        }
        var array = ids.ToArray();
        Array.Sort(array);
        return new RelationshipIdSet(array, null);
    }

    public int Count => _tree?.Count ?? _array?.Length ?? 0;

    public bool IsEmpty => Count == 0;

    /// <summary>The ids, ascending: the stored array or tree itself, nothing copied.</summary>
    public IEnumerable<long> Ids => (IEnumerable<long>?)_tree ?? _array ?? [];

    public RelationshipIdSet Add(long id)
    {
        if (_tree is not null)
        {
            return new RelationshipIdSet(null, _tree.Add(id));
        }
        var array = _array ?? [];
        var at = Array.BinarySearch(array, id);
        if (at >= 0)
        {
            return this;
        }
        if (array.Length == MaxArrayLength)
        {
            return new RelationshipIdSet(null, ImmutableSortedSet.CreateRange(array).Add(id));
        }
        return new RelationshipIdSet(ArrayCopies.Insert(array, ~at, id), null);
    }

    public RelationshipIdSet Remove(long id)
    {
        if (_tree is not null)
        {
            var remaining = _tree.Remove(id);
            return remaining.Count == 0 ? Empty : new RelationshipIdSet(null, remaining);
        }
        var array = _array ?? [];
        var at = Array.BinarySearch(array, id);
        if (at < 0)
        {
            return this;
        }
        if (array.Length == 1)
        {
            return Empty;
        }
        return new RelationshipIdSet(ArrayCopies.RemoveAt(array, at), null);
    }
}
