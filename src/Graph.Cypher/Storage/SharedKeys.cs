using System.Collections.Concurrent;

namespace Graph.Cypher.Storage;

/// <summary>
/// One array per distinct sequence of names, shared by every holder of that sequence: the property keys of a
/// <see cref="PropertyDictionary"/>, the relationship types of a <see cref="NodeAdjacency"/>. A graph has a few dozen
/// such sequences and hundreds of thousands of records, so an array per record was a tenth of the heap. The arrays
/// are never changed once shared.
/// </summary>
internal static class SharedKeys
{
    // Past this many sequences (keys made from data, say), new ones stay unshared instead of growing the table.
    private const int MaxSets = 4096;

    private static readonly ConcurrentDictionary<string[], string[]> Sets = new(KeySequence.Instance);

    public static string[] For(string[] keys)
    {
        if (keys.Length == 0)
        {
            return [];
        }
        if (Sets.TryGetValue(keys, out var shared))
        {
            return shared;
        }
        return Sets.Count < MaxSets ? Sets.GetOrAdd(keys, keys) : keys;
    }

    private sealed class KeySequence : IEqualityComparer<string[]>
    {
        public static readonly KeySequence Instance = new();

        public bool Equals(string[]? x, string[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(string[] keys)
        {
            var hash = new HashCode();
            foreach (var key in keys)
            {
                hash.Add(key, StringComparer.Ordinal);
            }
            return hash.ToHashCode();
        }
    }
}
