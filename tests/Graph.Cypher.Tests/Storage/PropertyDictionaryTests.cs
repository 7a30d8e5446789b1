using CsCheck;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Storage;

/// <summary>The stored property map behaves as an ordinary dictionary whose keys enumerate in ordinal order.</summary>
public sealed class PropertyDictionaryTests
{
    // Ten keys, so random maps cross each storage size (values inline up to four, six and eight, then an array).
    private static readonly string[] Keys = ["a", "B", "b", "id", "name", "évidence", "line", "z", "rule", "page"];

    [Fact]
    public void Random_sets_and_removes_match_a_dictionary_and_keep_keys_in_ordinal_order() =>
        Gen.Select(Gen.Int[0, Keys.Length - 1], Gen.Int[0, 3], Gen.Bool).Array[0, 40].Sample(operations =>
        {
            var map = PropertyDictionary.Empty;
            var model = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var (key, value, remove) in operations)
            {
                if (remove)
                {
                    map = map.Remove(Keys[key]);
                    model.Remove(Keys[key]);
                }
                else
                {
                    map = map.SetItem(Keys[key], (long)value);
                    model[Keys[key]] = (long)value;
                }
                Assert.Equal(model.Keys.Order(StringComparer.Ordinal), map.Keys);
                Assert.Equal(model.Count, map.Count);
                foreach (var (k, v) in model)
                {
                    Assert.True(map.TryGetValue(k, out var stored));
                    Assert.Equal(v, stored);
                }
                Assert.Equal(model.Keys.Order(StringComparer.Ordinal), map.Select(pair => pair.Key));
                Assert.Equal(model.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value), map.Values);
            }
        }, iter: 1000);

    [Fact]
    public void Batches_of_changes_match_applying_them_one_by_one() =>
        Gen.Select(Gen.Int[0, Keys.Length - 1], Gen.Int[0, 3], Gen.Bool).Array[0, 12].Array[1, 6].Sample(batches =>
        {
            var map = PropertyDictionary.Empty;
            var model = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var batch in batches)
            {
                var changes = batch.Select(change => new KeyValuePair<string, object?>(Keys[change.Item1], change.Item3 ? null : (long)change.Item2)).ToList();
                var before = map;
                var modelBefore = new Dictionary<string, object>(model, StringComparer.Ordinal);
                foreach (var (key, value) in changes)
                {
                    if (value is null)
                    {
                        model.Remove(key);
                    }
                    else
                    {
                        model[key] = value;
                    }
                }
                map = map.With(changes);
                Assert.Equal(model.OrderBy(pair => pair.Key, StringComparer.Ordinal), map);
                var unchanged = model.Count == modelBefore.Count && model.All(pair => modelBefore.TryGetValue(pair.Key, out var old) && Equals(old, pair.Value));
                Assert.Equal(unchanged, ReferenceEquals(before, map));
            }
        }, iter: 1000);

    [Fact]
    public void From_keeps_the_last_value_of_a_repeated_key()
    {
        var map = PropertyDictionary.From([new("name", "first"), new("id", 1L), new("name", "last")]);

        Assert.Equal(["id", "name"], map.Keys);
        Assert.Equal("last", map["name"]);
    }

    [Fact]
    public void Changes_that_change_nothing_return_the_same_map()
    {
        var map = PropertyDictionary.From([new("id", 1L), new("name", "Ann")]);

        Assert.Same(map, map.SetItem("name", "Ann"));
        Assert.Same(map, map.Remove("missing"));
        Assert.Same(PropertyDictionary.Empty, PropertyDictionary.Empty.SetItem("id", 1L).Remove("id"));
        Assert.False(map.TryGetValue("missing", out _));
        Assert.Throws<KeyNotFoundException>(() => map["missing"]);
    }
}
