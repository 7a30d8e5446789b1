namespace Graph.Cypher.Storage;

/// <summary>
/// The ids of one node's relationships of one type on one side, ascending (creation order). Immutable. Most nodes
/// have a handful, kept in one sorted array; a hub's set becomes an <see cref="IdTree"/> once large, so adding to it
/// does not copy thousands of ids, while its ids still sit in arrays at about 8 bytes each.
/// </summary>
internal readonly struct RelationshipIdSet
{
    // Past this many ids an added id copies more than a tree path would allocate.
    private const int MaxArrayLength = 32;

    // At most one is set: the array up to MaxArrayLength ids, the tree above.
    private readonly long[]? _array;
    private readonly IdTree? _tree;

    private RelationshipIdSet(long[]? array, IdTree? tree)
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
            return new RelationshipIdSet(null, IdTree.Of(ids));
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
            var added = _tree.Add(id);
            return ReferenceEquals(added, _tree) ? this : new RelationshipIdSet(null, added);
        }
        var array = _array ?? [];
        var at = Array.BinarySearch(array, id);
        if (at >= 0)
        {
            return this;
        }
        if (array.Length == MaxArrayLength)
        {
            return new RelationshipIdSet(null, IdTree.Of(ArrayCopies.Insert(array, ~at, id)));
        }
        return new RelationshipIdSet(ArrayCopies.Insert(array, ~at, id), null);
    }

    public RelationshipIdSet Remove(long id)
    {
        if (_tree is not null)
        {
            var remaining = _tree.Remove(id);
            if (ReferenceEquals(remaining, _tree))
            {
                return this;
            }
            // Back to an array once small again, so the array/tree choice depends on the count alone.
            return remaining.Count > MaxArrayLength ? new RelationshipIdSet(null, remaining) : new RelationshipIdSet([.. remaining], null);
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
