using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Graph.Cypher.Storage;

/// <summary>
/// The properties of a stored node or relationship: an immutable map from key to stored value, enumerated in
/// ordinal key order. Sorted keys (one array shared by every map with the same keys, see <see cref="SharedKeys"/>)
/// and the values beside them rather than a hash trie: a record holds a handful of properties, so a binary search
/// over them is cheaper than hashing the key, and the whole graph lives in memory, so this is most of the heap.
/// Up to eight values sit in the map object itself (a value array per record was a quarter-million more objects
/// and 32 bytes more each); larger maps keep an array.
/// </summary>
public abstract class PropertyDictionary : IReadOnlyDictionary<string, object>
{
    private readonly string[] _keys;

    // Key arrays made here go through SharedKeys once; a map that keeps its keys passes the shared array on.
    private protected PropertyDictionary(string[] keys) => _keys = keys;

    public static PropertyDictionary Empty { get; } = new Spilled([], []);

    public int Count => _keys.Length;

    public bool IsEmpty => _keys.Length == 0;

    public IEnumerable<string> Keys => Array.AsReadOnly(_keys);

    /// <summary>The key array itself: maps with the same keys mostly share it, so it identifies a key set cheaply.</summary>
    internal object KeyArray => _keys;

    public IEnumerable<object> Values
    {
        get
        {
            for (var i = 0; i < _keys.Length; i++)
            {
                yield return StoredValues[i];
            }
        }
    }

    /// <summary>The values, in key order; exactly <see cref="Count"/> of them.</summary>
    private protected abstract ReadOnlySpan<object> StoredValues { get; }

    public object this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

    /// <summary>A map of these pairs; when a key repeats, its last value wins.</summary>
    public static PropertyDictionary From(IEnumerable<KeyValuePair<string, object>> pairs)
    {
        var list = pairs as IReadOnlyList<KeyValuePair<string, object>> ?? [.. pairs];
        if (list.Count == 0)
        {
            return Empty;
        }
        var keys = new string[list.Count];
        var values = new object[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            keys[i] = list[i].Key ?? throw new ArgumentException("A property key is null.", nameof(pairs));
            values[i] = list[i].Value ?? throw new ArgumentException($"Property '{keys[i]}' has a null value.", nameof(pairs));
        }
        return Sorted(keys, values);
    }

    /// <summary>
    /// A map of each key to the value at the same index (<paramref name="values"/> may be longer; the rest is ignored);
    /// when a key repeats, its last value wins. Sorts both arrays in place and may keep the key array.
    /// </summary>
    internal static PropertyDictionary FromArrays(string[] keys, object[] values) => keys.Length == 0 ? Empty : Sorted(keys, values);

    /// <summary>
    /// This map with the changes applied in order (a null value removes the key); the same instance when nothing
    /// changes. Values must already be in stored form.
    /// </summary>
    public PropertyDictionary With(IReadOnlyList<KeyValuePair<string, object?>> changes)
    {
        if (changes.Count == 0)
        {
            return this;
        }
        if (changes.Count == 1)
        {
            var (key, value) = changes[0];
            return value is null ? Remove(key) : SetItem(key, value);
        }
        // Several keys at once (SET n = map, SET n += map): merge the sorted changes with the sorted properties in one pass.
        var changeKeys = new string[changes.Count];
        var changeValues = new object?[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            changeKeys[i] = changes[i].Key ?? throw new ArgumentException("A property key is null.", nameof(changes));
            changeValues[i] = changes[i].Value;
        }
        var count = SortKeepingLast(changeKeys, changeValues);
        var keys = new List<string>(_keys.Length + count);
        var values = new List<object>(_keys.Length + count);
        var stored = StoredValues;
        var changed = false;
        int mine = 0, theirs = 0;
        while (mine < _keys.Length || theirs < count)
        {
            var order = mine == _keys.Length ? 1 : theirs == count ? -1 : string.CompareOrdinal(_keys[mine], changeKeys[theirs]);
            if (order < 0)
            {
                keys.Add(_keys[mine]);
                values.Add(stored[mine++]);
                continue;
            }
            var value = changeValues[theirs];
            if (value is not null)
            {
                keys.Add(changeKeys[theirs]);
                values.Add(value);
            }
            changed |= order > 0 ? value is not null : value is null || !Equals(stored[mine], value);
            theirs++;
            if (order == 0)
            {
                mine++;
            }
        }
        return !changed ? this : keys.Count == 0 ? Empty : Create(SharedKeys.For([.. keys]), CollectionsMarshal.AsSpan(values));
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            value = null;
            return false;
        }
        value = StoredValues[index];
        return true;
    }

    /// <summary>This map with the key set to the value (added or replaced).</summary>
    public PropertyDictionary SetItem(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var index = IndexOf(key);
        if (index >= 0)
        {
            if (Equals(StoredValues[index], value))
            {
                return this;
            }
            var values = StoredValues.ToArray();
            values[index] = value;
            return Create(_keys, values);
        }
        return Create(SharedKeys.For(ArrayCopies.Insert(_keys, ~index, key)), ArrayCopies.Insert(StoredValues.ToArray(), ~index, value));
    }

    /// <summary>This map without the key (the same instance when it has no such key).</summary>
    public PropertyDictionary Remove(string key)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            return this;
        }
        if (_keys.Length == 1)
        {
            return Empty;
        }
        return Create(SharedKeys.For(ArrayCopies.RemoveAt(_keys, index)), ArrayCopies.RemoveAt(StoredValues.ToArray(), index));
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object>(_keys[i], StoredValues[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key) => Array.BinarySearch(_keys, key, StringComparer.Ordinal);

    private static PropertyDictionary Sorted(string[] keys, object[] values)
    {
        var count = SortKeepingLast(keys, values);
        if (count < keys.Length)
        {
            Array.Resize(ref keys, count);
        }
        return Create(SharedKeys.For(keys), values.AsSpan(0, count));
    }

    /// <summary>
    /// Sorts the pairs by key, ordinal and stable, then folds each run of a repeated key into its last value;
    /// returns how many pairs remain at the front. Insertion sort: maps hold a handful of keys.
    /// </summary>
    private static int SortKeepingLast<T>(string[] keys, T[] values)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            var value = values[i];
            var j = i - 1;
            for (; j >= 0 && string.CompareOrdinal(keys[j], key) > 0; j--)
            {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
            }
            keys[j + 1] = key;
            values[j + 1] = value;
        }
        var kept = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (kept > 0 && string.Equals(keys[kept - 1], keys[i], StringComparison.Ordinal))
            {
                values[kept - 1] = values[i];
                continue;
            }
            keys[kept] = keys[i];
            values[kept] = values[i];
            kept++;
        }
        return kept;
    }

    /// <summary>The map for these keys (already shared) and as many values, copied in.</summary>
    private static PropertyDictionary Create(string[] keys, ReadOnlySpan<object> values) => values.Length switch
    {
        0 => Empty,
        <= 4 => new Inline<Four>(keys, values),
        <= 6 => new Inline<Six>(keys, values),
        <= 8 => new Inline<Eight>(keys, values),
        _ => new Spilled(keys, values.ToArray()),
    };

    /// <summary>
    /// Values in the map object itself, in slots of the smallest size that holds them: a relationship with its
    /// provenance has six properties, and two slots left empty were 16 bytes on each of hundreds of thousands.
    /// </summary>
    private sealed class Inline<TSlots> : PropertyDictionary where TSlots : struct
    {
        private TSlots _slots;

        public Inline(string[] keys, ReadOnlySpan<object> values) : base(keys) =>
            values.CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.As<TSlots, object>(ref _slots), Unsafe.SizeOf<TSlots>() / IntPtr.Size));

        private protected override ReadOnlySpan<object> StoredValues =>
            MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<TSlots, object>(ref _slots), Count);
    }

    [InlineArray(4)]
    private struct Four
    {
        private object _first;
    }

    [InlineArray(6)]
    private struct Six
    {
        private object _first;
    }

    [InlineArray(8)]
    private struct Eight
    {
        private object _first;
    }

    private sealed class Spilled(string[] keys, object[] values) : PropertyDictionary(keys)
    {
        private protected override ReadOnlySpan<object> StoredValues => values;
    }
}
