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

    // A long[] up to MaxArrayLength ids, an IdTree above, null when empty: one field rather than one per form, since a
    // node keeps three of these per relationship type and a graph has a hundred thousand such triples.
    private readonly object? _ids;

    private RelationshipIdSet(long[] array) => _ids = array;

    private RelationshipIdSet(IdTree tree) => _ids = tree;

    private IdTree? Tree => _ids as IdTree;

    private long[] ArrayIds => _ids as long[] ?? [];

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
            return new RelationshipIdSet(IdTree.Of(ids));
        }
        var array = ids.ToArray();
        Array.Sort(array);
        return new RelationshipIdSet(array);
    }

    /// <summary>A set of these distinct ids, already ascending; the array becomes the set's own.</summary>
    public static RelationshipIdSet OfAscending(long[] ids) => ids.Length switch
    {
        0 => Empty,
        > MaxArrayLength => new RelationshipIdSet(IdTree.Of(ids)),
        _ => new RelationshipIdSet(ids),
    };

    public int Count => _ids switch
    {
        long[] array => array.Length,
        IdTree tree => tree.Count,
        _ => 0,
    };

    public bool IsEmpty => Count == 0;

    /// <summary>The ids, ascending: the stored array or tree itself, nothing copied.</summary>
    public IEnumerable<long> Ids => (IEnumerable<long>?)_ids ?? [];

    public RelationshipIdSet Add(long id)
    {
        if (Tree is { } tree)
        {
            var added = tree.Add(id);
            return ReferenceEquals(added, tree) ? this : new RelationshipIdSet(added);
        }
        var array = ArrayIds;
        var at = Array.BinarySearch(array, id);
        if (at >= 0)
        {
            return this;
        }
        if (array.Length == MaxArrayLength)
        {
            return new RelationshipIdSet(IdTree.Of(ArrayCopies.Insert(array, ~at, id)));
        }
        return new RelationshipIdSet(ArrayCopies.Insert(array, ~at, id));
    }

    public RelationshipIdSet Remove(long id)
    {
        if (Tree is { } tree)
        {
            var remaining = tree.Remove(id);
            if (ReferenceEquals(remaining, tree))
            {
                return this;
            }
            // Back to an array once small again, so the array/tree choice depends on the count alone.
            return remaining.Count > MaxArrayLength ? new RelationshipIdSet(remaining) : new RelationshipIdSet([.. remaining]);
        }
        var array = ArrayIds;
        var at = Array.BinarySearch(array, id);
        if (at < 0)
        {
            return this;
        }
        if (array.Length == 1)
        {
            return Empty;
        }
        return new RelationshipIdSet(ArrayCopies.RemoveAt(array, at));
    }
}
