using System.Collections.Concurrent;

namespace Graph.Cypher.Storage;

/// <summary>
/// One key array per distinct key set, shared by every <see cref="PropertyDictionary"/> with those keys: a graph has
/// a few dozen key sets and hundreds of thousands of records, so a key array per record was a tenth of the heap.
/// Key arrays are never changed once a map holds them.
/// </summary>
internal static class SharedKeys
{
    // Past this many key sets (keys made from data, say), new ones are kept per map instead of growing the table.
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
