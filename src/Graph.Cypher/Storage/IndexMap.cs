using System.Collections;
using System.Numerics;

namespace Graph.Cypher.Storage;

/// <summary>
/// A <see cref="PropertyIndex"/>'s keys and their ids: a persistent hash array mapped trie. Each node keeps the keys
/// that alone take a 5-bit slice of their hash in one array of (key, ids) pairs, and a child for each slice several
/// share, so an index costs under 50 bytes a key against 72 for an ImmutableDictionary's tree node per key. A change
/// copies the nodes on the key's path and shares the rest. Keys compare with <see cref="object.Equals(object?)"/>.
/// </summary>
internal sealed class IndexMap : IEnumerable<KeyValuePair<object, IndexEntry>>
{
    private const int Bits = 5;

    public static IndexMap Empty { get; } = new(Node.None, 0);

    private readonly Node _root;

    private IndexMap(Node root, int count)
    {
        _root = root;
        Count = count;
    }

    public int Count { get; }

    /// <summary>A map of these pairs, built in one pass; the keys must be distinct.</summary>
    public static IndexMap Of(IEnumerable<KeyValuePair<object, IndexEntry>> pairs)
    {
        var hashed = pairs.Select(pair => (Hash: Hash(pair.Key), Pair: new Pair(pair.Key, pair.Value))).ToArray();
        return hashed.Length == 0 ? Empty : new IndexMap(Node.Build(hashed, 0), hashed.Length);
    }

    public bool TryGetValue(object key, out IndexEntry ids) => _root.TryFind(key, Hash(key), 0, out ids);

    /// <summary>This map with the key set to the ids; this same instance when it holds them already.</summary>
    public IndexMap SetItem(object key, IndexEntry ids)
    {
        var root = _root.Set(key, Hash(key), 0, ids, out var added);
        return ReferenceEquals(root, _root) ? this : new IndexMap(root, added ? Count + 1 : Count);
    }

    /// <summary>This map without the key; this same instance when it lacks it.</summary>
    public IndexMap Remove(object key)
    {
        var root = _root.Remove(key, Hash(key), 0);
        return ReferenceEquals(root, _root) ? this : new IndexMap(root ?? Node.None, Count - 1);
    }

    public IEnumerator<KeyValuePair<object, IndexEntry>> GetEnumerator() =>
        _root.All().Select(pair => KeyValuePair.Create(pair.Key, pair.Ids)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static uint Hash(object key) => (uint)key.GetHashCode();

    private readonly record struct Pair(object Key, IndexEntry Ids);

    /// <summary>
    /// Pairs and children in slice order: bit s of <see cref="_pairMap"/> (or <see cref="_childMap"/>) says slice s
    /// holds a pair (or a child), found at the count of lower set bits. Past the hash's last bits a node is a plain
    /// list of the keys whose whole hashes are equal, searched in turn.
    /// </summary>
    private sealed class Node(uint pairMap, Pair[] pairs, uint childMap, Node[] children)
    {
        public static readonly Node None = new(0, [], 0, []);

        private readonly uint _pairMap = pairMap;
        private readonly Pair[] _pairs = pairs;
        private readonly uint _childMap = childMap;
        private readonly Node[] _children = children;

        private static bool IsCollisionLevel(int shift) => shift >= 32;

        private static uint Bit(uint hash, int shift) => 1u << (int)((hash >> shift) & 31);

        private static int At(uint map, uint bit) => BitOperations.PopCount(map & (bit - 1));

        // A lone pair under a parent moves up into the parent, so no node exists just to hold one pair.
        private bool IsLonePair => _pairs.Length == 1 && _children.Length == 0;

        public static Node Build((uint Hash, Pair Pair)[] items, int shift) => Build(items, new (uint, Pair)[items.Length], 0, items.Length, shift);

        /// <summary>The node over items[start..start+length], grouped by slice with a counting sort through the scratch array.</summary>
        private static Node Build((uint Hash, Pair Pair)[] items, (uint Hash, Pair Pair)[] scratch, int start, int length, int shift)
        {
            if (IsCollisionLevel(shift))
            {
                return new Node(0, Array.ConvertAll(items[start..(start + length)], item => item.Pair), 0, []);
            }
            Span<int> ends = stackalloc int[33];
            for (var i = start; i < start + length; i++)
            {
                ends[(int)((items[i].Hash >> shift) & 31) + 1]++;
            }
            uint pairMap = 0, childMap = 0;
            for (var slice = 0; slice < 32; slice++)
            {
                var count = ends[slice + 1];
                pairMap |= count == 1 ? 1u << slice : 0;
                childMap |= count > 1 ? 1u << slice : 0;
                ends[slice + 1] += ends[slice];
            }
            Pair[] pairs = pairMap == 0 ? [] : new Pair[BitOperations.PopCount(pairMap)];
            Node[] children = childMap == 0 ? [] : new Node[BitOperations.PopCount(childMap)];
            Span<int> next = stackalloc int[32];
            ends[..32].CopyTo(next);
            for (var i = start; i < start + length; i++)
            {
                scratch[start + next[(int)((items[i].Hash >> shift) & 31)]++] = items[i];
            }
            Array.Copy(scratch, start, items, start, length);
            for (int slice = 0, pair = 0, child = 0; slice < 32; slice++)
            {
                var from = ends[slice];
                var count = ends[slice + 1] - from;
                if (count == 1)
                {
                    pairs[pair++] = items[start + from].Pair;
                }
                else if (count > 1)
                {
                    children[child++] = Build(items, scratch, start + from, count, shift + Bits);
                }
            }
            return new Node(pairMap, pairs, childMap, children);
        }

        public bool TryFind(object key, uint hash, int shift, out IndexEntry ids)
        {
            var node = this;
            while (!IsCollisionLevel(shift))
            {
                var bit = Bit(hash, shift);
                if ((node._pairMap & bit) != 0)
                {
                    var pair = node._pairs[At(node._pairMap, bit)];
                    var same = key.Equals(pair.Key);
                    ids = same ? pair.Ids : default;
                    return same;
                }
                if ((node._childMap & bit) == 0)
                {
                    ids = default;
                    return false;
                }
                node = node._children[At(node._childMap, bit)];
                shift += Bits;
            }
            var found = Array.FindIndex(node._pairs, pair => key.Equals(pair.Key));
            ids = found >= 0 ? node._pairs[found].Ids : default;
            return found >= 0;
        }

        public Node Set(object key, uint hash, int shift, IndexEntry ids, out bool added)
        {
            added = false;
            if (IsCollisionLevel(shift))
            {
                var found = Array.FindIndex(_pairs, pair => key.Equals(pair.Key));
                added = found < 0;
                return found < 0 ? new Node(0, ArrayCopies.Insert(_pairs, _pairs.Length, new Pair(key, ids)), 0, [])
                    : _pairs[found].Ids.Equals(ids) ? this : new Node(0, ArrayCopies.Replace(_pairs, found, new Pair(key, ids)), 0, []);
            }
            var bit = Bit(hash, shift);
            if ((_childMap & bit) != 0)
            {
                var at = At(_childMap, bit);
                var child = _children[at].Set(key, hash, shift + Bits, ids, out added);
                return ReferenceEquals(child, _children[at]) ? this : new Node(_pairMap, _pairs, _childMap, ArrayCopies.Replace(_children, at, child));
            }
            if ((_pairMap & bit) == 0)
            {
                added = true;
                return new Node(_pairMap | bit, ArrayCopies.Insert(_pairs, At(_pairMap, bit), new Pair(key, ids)), _childMap, _children);
            }
            var pairAt = At(_pairMap, bit);
            var existing = _pairs[pairAt];
            if (key.Equals(existing.Key))
            {
                return existing.Ids.Equals(ids) ? this : new Node(_pairMap, ArrayCopies.Replace(_pairs, pairAt, new Pair(key, ids)), _childMap, _children);
            }
            // Two keys in one slice: both go down into a new child.
            added = true;
            var pushed = Build([(Hash(existing.Key), existing), (hash, new Pair(key, ids))], shift + Bits);
            return new Node(_pairMap & ~bit, ArrayCopies.RemoveAt(_pairs, pairAt), _childMap | bit,
                ArrayCopies.Insert(_children, At(_childMap, bit), pushed));
        }

        /// <summary>This node without the key (the same node if it lacks it), or null if nothing is left.</summary>
        public Node? Remove(object key, uint hash, int shift)
        {
            if (IsCollisionLevel(shift))
            {
                var found = Array.FindIndex(_pairs, pair => key.Equals(pair.Key));
                return found < 0 ? this : _pairs.Length == 1 ? null : new Node(0, ArrayCopies.RemoveAt(_pairs, found), 0, []);
            }
            var bit = Bit(hash, shift);
            if ((_pairMap & bit) != 0)
            {
                var pairAt = At(_pairMap, bit);
                if (!key.Equals(_pairs[pairAt].Key))
                {
                    return this;
                }
                return _pairs.Length == 1 && _children.Length == 0 ? null
                    : new Node(_pairMap & ~bit, ArrayCopies.RemoveAt(_pairs, pairAt), _childMap, _children);
            }
            if ((_childMap & bit) == 0)
            {
                return this;
            }
            var at = At(_childMap, bit);
            var child = _children[at].Remove(key, hash, shift + Bits);
            if (ReferenceEquals(child, _children[at]))
            {
                return this;
            }
            if (child is null || child.IsLonePair)
            {
                var children = ArrayCopies.RemoveAt(_children, at);
                if (child is null)
                {
                    return _pairs.Length == 0 && children.Length == 0 ? null : new Node(_pairMap, _pairs, _childMap & ~bit, children);
                }
                return new Node(_pairMap | bit, ArrayCopies.Insert(_pairs, At(_pairMap, bit), child._pairs[0]), _childMap & ~bit, children);
            }
            return new Node(_pairMap, _pairs, _childMap, ArrayCopies.Replace(_children, at, child));
        }

        public IEnumerable<Pair> All() => _pairs.Concat(_children.SelectMany(child => child.All()));
    }
}
