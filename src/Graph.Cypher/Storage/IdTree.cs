using System.Collections;

namespace Graph.Cypher.Storage;

/// <summary>
/// A persistent set of distinct longs, ascending: a B+-tree whose leaves are sorted <c>long[]</c> chunks, so an id
/// costs about 8 bytes instead of a tree node per id. Immutable; a change copies only the root-to-leaf path and
/// shares everything else with the version it came from.
/// </summary>
/// <remarks>
/// Removing lets leaves shrink and drops leaves and inner nodes that become empty, without merging or borrowing
/// from neighbours: the height never exceeds what the largest size reached needed, and a set that sheds most of
/// its ids becomes small enough for its owner to keep as an array (see <see cref="RelationshipIdSet"/>).
/// </remarks>
internal sealed class IdTree : IReadOnlyCollection<long>
{
    // A full leaf is 536 bytes for 64 ids; copying one per added id is about what a path of 48-byte nodes cost.
    private const int LeafCapacity = 64;

    // With 64-id leaves two levels hold 2,048 ids and three 65,536.
    private const int Fanout = 32;

    public static IdTree Empty { get; } = new(Array.Empty<long>(), 0);

    // A leaf (long[]) or an Inner.
    private readonly object _root;

    private IdTree(object root, int count)
    {
        _root = root;
        Count = count;
    }

    public int Count { get; }

    /// <summary>The distinct ids among these, packed into full leaves.</summary>
    public static IdTree Of(IEnumerable<long> ids)
    {
        var sorted = ids.ToArray();
        // Ids usually arrive ascending already (a snapshot's adjacency, a small set growing into a tree).
        if (!IsAscending(sorted))
        {
            Array.Sort(sorted);
        }
        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                sorted[count++] = sorted[i];
            }
        }
        if (count == 0)
        {
            return Empty;
        }

        var level = new List<object>();
        for (var start = 0; start < count; start += LeafCapacity)
        {
            level.Add(sorted[start..Math.Min(start + LeafCapacity, count)]);
        }
        while (level.Count > 1)
        {
            var parents = new List<object>();
            for (var start = 0; start < level.Count; start += Fanout)
            {
                var children = level.GetRange(start, Math.Min(Fanout, level.Count - start)).ToArray();
                parents.Add(new Inner(Array.ConvertAll(children, First), children));
            }
            level = parents;
        }
        return new IdTree(level[0], count);
    }

    private static bool IsAscending(long[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if (ids[i] < ids[i - 1])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The lowest id; the set must not be empty.</summary>
    public long Min
    {
        get
        {
            if (Count == 0)
            {
                throw new InvalidOperationException("The set is empty.");
            }
            // Down the left edge to a leaf: an inner bound may sit below its child's ids once ids are removed.
            var node = _root;
            while (node is Inner inner)
            {
                node = inner.Children[0];
            }
            return ((long[])node)[0];
        }
    }

    public bool Contains(long id)
    {
        var node = _root;
        while (node is Inner inner)
        {
            node = inner.Children[ChildIndex(inner.Firsts, id)];
        }
        return Array.BinarySearch((long[])node, id) >= 0;
    }

    /// <summary>This set with the id, or this same instance if it holds it already.</summary>
    public IdTree Add(long id)
    {
        var root = Insert(_root, id, rightmost: true, out var split);
        if (split is not null)
        {
            return new IdTree(new Inner([First(root), First(split)], [root, split]), Count + 1);
        }
        return ReferenceEquals(root, _root) ? this : new IdTree(root, Count + 1);
    }

    /// <summary>This set without the id, or this same instance if it does not hold it.</summary>
    public IdTree Remove(long id)
    {
        var root = Delete(_root, id);
        if (ReferenceEquals(root, _root))
        {
            return this;
        }
        if (root is null)
        {
            return Empty;
        }
        // A root left with one child is a level that no longer earns its keep.
        while (root is Inner { Children.Length: 1 } single)
        {
            root = single.Children[0];
        }
        return new IdTree(root, Count - 1);
    }

    /// <summary>The ids ascending, walking the leaves in order: nothing is copied.</summary>
    public IEnumerator<long> GetEnumerator()
    {
        // The inner nodes above the current leaf, each with the index of its next child to visit.
        var path = new Stack<(Inner Node, int Next)>();
        var node = _root;
        while (true)
        {
            while (node is Inner inner)
            {
                path.Push((inner, 1));
                node = inner.Children[0];
            }
            foreach (var id in (long[])node)
            {
                yield return id;
            }
            while (true)
            {
                if (path.Count == 0)
                {
                    yield break;
                }
                var (parent, next) = path.Pop();
                if (next < parent.Children.Length)
                {
                    path.Push((parent, next + 1));
                    node = parent.Children[next];
                    break;
                }
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// The node with the id put in (the same node if it was there), and in <paramref name="split"/> a new right
    /// sibling when the node overflowed. <paramref name="rightmost"/>: the node is on the tree's right edge.
    /// </summary>
    private static object Insert(object node, long id, bool rightmost, out object? split)
    {
        split = null;
        if (node is long[] leaf)
        {
            var at = Array.BinarySearch(leaf, id);
            if (at >= 0)
            {
                return leaf;
            }
            at = ~at;
            if (leaf.Length < LeafCapacity)
            {
                return ArrayCopies.Insert(leaf, at, id);
            }
            if (rightmost && at == leaf.Length)
            {
                // Ids arrive ascending: start a new leaf and leave this one full rather than two half-empty.
                split = new[] { id };
                return leaf;
            }
            var (left, right) = InsertAndSplit(leaf, at, id, (leaf.Length + 1) / 2);
            split = right;
            return left;
        }

        var inner = (Inner)node;
        var i = ChildIndex(inner.Firsts, id);
        var child = inner.Children[i];
        var last = i == inner.Children.Length - 1;
        var newChild = Insert(child, id, rightmost && last, out var childSplit);
        if (childSplit is null && ReferenceEquals(newChild, child))
        {
            return inner;
        }
        // The bounds stay: an id below every bound goes to the first child, whose bound is never consulted.
        var firsts = inner.Firsts;
        var children = ReferenceEquals(newChild, child) ? inner.Children : ArrayCopies.Replace(inner.Children, i, newChild);
        if (childSplit is null)
        {
            return new Inner(firsts, children);
        }
        var splitFirst = First(childSplit);
        if (children.Length < Fanout)
        {
            return new Inner(ArrayCopies.Insert(firsts, i + 1, splitFirst), ArrayCopies.Insert(children, i + 1, childSplit));
        }
        if (rightmost && last)
        {
            // As with leaves: appending leaves this node full and starts a new one on the right edge.
            split = new Inner([splitFirst], [childSplit]);
            return ReferenceEquals(children, inner.Children) ? inner : new Inner(firsts, children);
        }
        var half = (children.Length + 1) / 2;
        var (leftFirsts, rightFirsts) = InsertAndSplit(firsts, i + 1, splitFirst, half);
        var (leftChildren, rightChildren) = InsertAndSplit(children, i + 1, childSplit, half);
        split = new Inner(rightFirsts, rightChildren);
        return new Inner(leftFirsts, leftChildren);
    }

    /// <summary>The node without the id (the same node if it was not there), or null if nothing is left.</summary>
    private static object? Delete(object node, long id)
    {
        if (node is long[] leaf)
        {
            var at = Array.BinarySearch(leaf, id);
            if (at < 0)
            {
                return leaf;
            }
            return leaf.Length == 1 ? null : ArrayCopies.RemoveAt(leaf, at);
        }

        var inner = (Inner)node;
        var i = ChildIndex(inner.Firsts, id);
        var child = inner.Children[i];
        var newChild = Delete(child, id);
        if (ReferenceEquals(newChild, child))
        {
            return inner;
        }
        if (newChild is not null)
        {
            // The bound may now sit below the child's smallest id; a lower bound still routes correctly.
            return new Inner(inner.Firsts, ArrayCopies.Replace(inner.Children, i, newChild));
        }
        if (inner.Children.Length == 1)
        {
            return null;
        }
        return new Inner(ArrayCopies.RemoveAt(inner.Firsts, i), ArrayCopies.RemoveAt(inner.Children, i));
    }

    /// <summary>The child whose range holds the id: the last whose bound is at most the id, else the first.</summary>
    /// <remarks>
    /// The first bound is left out of the search: ids added below it go to the first child without lowering it, so once
    /// that child splits it can exceed the bounds after it, and a bisection over an unsorted array misroutes.
    /// </remarks>
    private static int ChildIndex(long[] firsts, long id)
    {
        if (firsts.Length == 1)
        {
            return 0;
        }
        var at = Array.BinarySearch(firsts, 1, firsts.Length - 1, id);
        return at >= 0 ? at : ~at - 1;
    }

    private static long First(object node) => node is long[] leaf ? leaf[0] : ((Inner)node).Firsts[0];

    /// <summary>The items with one put in at <paramref name="at"/>, cut in two: no array longer than a node.</summary>
    private static (T[] Left, T[] Right) InsertAndSplit<T>(T[] items, int at, T item, int leftLength)
    {
        var left = new T[leftLength];
        var right = new T[items.Length + 1 - leftLength];
        for (var j = 0; j <= items.Length; j++)
        {
            var value = j < at ? items[j] : j == at ? item : items[j - 1];
            if (j < leftLength)
            {
                left[j] = value;
            }
            else
            {
                right[j - leftLength] = value;
            }
        }
        return (left, right);
    }

    /// <summary>
    /// Children (all leaves or all inner nodes) and, for each, a lower bound on its ids that is above every id of
    /// the child before it: the bounds route a search without visiting the children. The first child takes every
    /// id below the second bound, so its own bound only matters once the node is split off as a right half, and
    /// there it is the bound of a child that was not first.
    /// </summary>
    private sealed class Inner(long[] firsts, object[] children)
    {
        public long[] Firsts { get; } = firsts;

        public object[] Children { get; } = children;
    }
}
