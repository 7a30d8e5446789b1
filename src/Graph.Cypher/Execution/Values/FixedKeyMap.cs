using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Graph.Cypher.Execution.Values;

/// <summary>
/// A map whose keys a query names in its text (a map literal or a projection without <c>.*</c>): the keys are one
/// array shared by every map the expression builds, in written order, and only the values are allocated per row. A
/// translated GraphQL request builds such maps by the thousand; a Dictionary each was most of what it allocated.
/// Keys are distinct (the compiler checks). Lookups scan: these maps hold a handful of keys.
/// </summary>
internal sealed class FixedKeyMap(string[] keys, object?[] values) : IReadOnlyDictionary<string, object?>
{
    public int Count => keys.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No key '{key}'.");

    public IEnumerable<string> Keys => keys;

    public IEnumerable<object?> Values => values;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
