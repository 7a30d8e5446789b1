using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Graph.Cypher.Storage;

/// <summary>
/// Stored records (and each node's adjacency) by id, immutable: a trie of 32-slot arrays indexed by the id's bits. Ids are handed out in order
/// from 0, so the arrays fill up densely; a record costs one slot instead of a tree node object, and a lookup reads
/// a few arrays. A change copies the arrays on the id's path (a <see cref="Builder"/> copies each once per batch).
/// </summary>
internal sealed class RecordMap<T> where T : class
{
    private const int Bits = 5;
    private const int Width = 1 << Bits;
    private const int Mask = Width - 1;

    public static RecordMap<T> Empty { get; } = new(null, 0, 0);

    // Leaves hold records; inner arrays hold arrays. Depth is the levels below the root: ids below 32^(depth+1) fit.
    private readonly object?[]? _root;
    private readonly int _depth;

    private RecordMap(object?[]? root, int depth, int count)
    {
        _root = root;
        _depth = depth;
        Count = count;
    }

    public int Count { get; }

    public T this[long id] => TryGetValue(id, out var record) ? record : throw new KeyNotFoundException($"No record with id {id}.");

    public bool ContainsKey(long id) => TryGetValue(id, out _);

    public bool TryGetValue(long id, [MaybeNullWhen(false)] out T record) => Find(_root, _depth, id, out record);

    /// <summary>The records in id order.</summary>
    public IEnumerable<T> Values => Enumerate(_root, _depth);

    public Builder ToBuilder() => new(this);

    private static bool Find(object?[]? root, int depth, long id, [MaybeNullWhen(false)] out T record)
    {
        record = null;
        if (root is null || id < 0 || id > MaxId(depth))
        {
            return false;
        }
        var node = root;
        for (var level = depth; level > 0; level--)
        {
            // Inner slots hold only arrays and leaves only records, so no type test: `as object?[]` went through the
            // runtime's covariant-array cast helper at every level, on every read of every record.
            node = Unsafe.As<object?[]?>(node[(int)((id >> (level * Bits)) & Mask)]);
            if (node is null)
            {
                return false;
            }
        }
        record = Unsafe.As<T?>(node[(int)(id & Mask)]);
        return record is not null;
    }

    // The largest id a trie of this depth holds; from 63 bits on, every id (a shift of 64 or more would wrap around).
    private static long MaxId(int depth) => (depth + 1) * Bits >= 63 ? long.MaxValue : (1L << ((depth + 1) * Bits)) - 1;

    private static IEnumerable<T> Enumerate(object?[]? root, int depth)
    {
        if (root is null)
        {
            yield break;
        }
        var path = new Stack<(object?[] Node, int Level, int Next)>();
        path.Push((root, depth, 0));
        while (path.Count > 0)
        {
            var (node, level, next) = path.Pop();
            for (var slot = next; slot < Width; slot++)
            {
                if (node[slot] is not { } item)
                {
                    continue;
                }
                if (level == 0)
                {
                    yield return (T)item;
                    continue;
                }
                path.Push((node, level, slot + 1));
                path.Push(((object?[])item, level - 1, 0));
                break;
            }
        }
    }

    /// <summary>
    /// A working copy: arrays it copied are its own and change in place until <see cref="ToImmutable"/>, after which
    /// they belong to the published map and the next change copies again.
    /// </summary>
    internal sealed class Builder
    {
        private readonly HashSet<object?[]> _owned = new(ReferenceEqualityComparer.Instance);
        private object?[]? _root;
        private int _depth;
        private RecordMap<T>? _published;

        // Until the first ToImmutable, a builder started from an empty map made every array it holds, so it skips
        // the ownership set: hashing each array on a million records' paths was most of the cost of filling it.
        private bool _ownsAll;

        // The owned leaf the last change went to and the first id it holds: ids added in order (a load) fill it
        // without walking the trie again. Growing the root keeps leaves; publishing ends ownership, and so this.
        private object?[]? _lastLeaf;
        private long _lastLeafStart = -1;

        public Builder(RecordMap<T> start)
        {
            _root = start._root;
            _depth = start._depth;
            Count = start.Count;
            _published = start;
            _ownsAll = start._root is null;
        }

        public int Count { get; private set; }

        public T this[long id]
        {
            get => Find(_root, _depth, id, out var record) ? record : throw new KeyNotFoundException($"No record with id {id}.");
            set => Set(id, value ?? throw new ArgumentNullException(nameof(value)));
        }

        public bool ContainsKey(long id) => Find(_root, _depth, id, out _);

        public bool TryGetValue(long id, [MaybeNullWhen(false)] out T record) => Find(_root, _depth, id, out record);

        public void Add(long id, T record)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(id);
            // Copying the path before the check changes no content: the copies hold what the originals held.
            var leaf = Leaf(id);
            if (leaf[(int)(id & Mask)] is not null)
            {
                throw new ArgumentException($"A record with id {id} is already stored.", nameof(id));
            }
            Set(id, record);
        }

        public bool Remove(long id)
        {
            if (!ContainsKey(id))
            {
                return false;
            }
            Leaf(id)[(int)(id & Mask)] = null;
            Count--;
            _published = null;
            return true;
        }

        public RecordMap<T> ToImmutable()
        {
            _owned.Clear();
            _ownsAll = false;
            _lastLeafStart = -1;
            return _published ??= new RecordMap<T>(_root, _depth, Count);
        }

        private void Set(long id, T record)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(id);
            var leaf = Leaf(id);
            var slot = (int)(id & Mask);
            if (leaf[slot] is null)
            {
                Count++;
            }
            leaf[slot] = record;
            _published = null;
        }

        // The leaf array for the id, owned by this builder (copied or created along the way), growing the root as needed.
        private object?[] Leaf(long id)
        {
            if ((id & ~(long)Mask) == _lastLeafStart)
            {
                return _lastLeaf!;
            }
            if (_root is null)
            {
                _root = Own(new object?[Width]);
                _depth = 0;
            }
            while (id > MaxId(_depth))
            {
                var grown = Own(new object?[Width]);
                grown[0] = _root;
                _root = grown;
                _depth++;
            }
            _root = Mine(_root);
            var node = _root;
            for (var level = _depth; level > 0; level--)
            {
                var slot = (int)((id >> (level * Bits)) & Mask);
                var child = node[slot] is object?[] existing ? Mine(existing) : Own(new object?[Width]);
                node[slot] = child;
                node = child;
            }
            (_lastLeaf, _lastLeafStart) = (node, id & ~(long)Mask);
            return node;
        }

        private object?[] Mine(object?[] node) => _ownsAll || _owned.Contains(node) ? node : Own((object?[])node.Clone());

        private object?[] Own(object?[] node)
        {
            if (!_ownsAll)
            {
                _owned.Add(node);
            }
            return node;
        }
    }
}
