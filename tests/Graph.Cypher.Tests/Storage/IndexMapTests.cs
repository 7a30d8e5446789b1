using CsCheck;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Storage;

/// <summary>The index's hash trie behaves as a dictionary, whole-hash collisions included, and older versions never change.</summary>
public sealed class IndexMapTests
{
    // (kind, key, id): kinds 0-5 set, 6-9 remove. Keys hash into few values (Clashing) or spread (long).
    private static readonly Gen<(int Kind, int Key, int Id)[]> Operations =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 400], Gen.Int[0, 1000]).Array[0, 1500];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Random_sets_and_removes_match_a_dictionary_and_leave_older_versions_unchanged(bool clashing) =>
        Operations.Sample(operations =>
        {
            var map = IndexMap.Empty;
            var model = new Dictionary<object, IndexEntry>();
            var versions = new List<(IndexMap Map, Dictionary<object, IndexEntry> Model)>();
            foreach (var (kind, key, id) in operations)
            {
                var k = KeyOf(key, clashing);
                var before = map;
                if (kind <= 5)
                {
                    var entry = IndexEntry.Of(id);
                    var changes = !model.TryGetValue(k, out var old) || !old.Equals(entry);
                    model[k] = entry;
                    map = map.SetItem(k, entry);
                    Assert.Equal(changes, !ReferenceEquals(before, map));
                }
                else
                {
                    map = map.Remove(k);
                    Assert.Equal(model.Remove(k), !ReferenceEquals(before, map));
                }
                if (id % 100 == 0)
                {
                    Check(model, map, clashing);
                    versions.Add((map, new Dictionary<object, IndexEntry>(model)));
                }
            }
            Check(model, map, clashing);
            foreach (var (version, expected) in versions)
            {
                Check(expected, version, clashing);
            }
        }, iter: 60);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Built_at_once_it_finds_what_it_was_built_from_and_empties_key_by_key(bool clashing)
    {
        var model = Enumerable.Range(0, 5000).ToDictionary(i => KeyOf(i, clashing), i => IndexEntry.Of(i));
        var map = IndexMap.Of(model);
        Check(model, map, clashing);

        foreach (var key in model.Keys.ToList())
        {
            map = map.Remove(key);
            model.Remove(key);
            if (model.Count % 500 == 0)
            {
                Check(model, map, clashing);
            }
        }
        Assert.Equal(0, map.Count);
        Assert.Empty(map);
    }

    private static object KeyOf(int key, bool clashing) => clashing ? new Clashing(key) : (object)(long)key;

    private static void Check(Dictionary<object, IndexEntry> model, IndexMap map, bool clashing)
    {
        Assert.Equal(model.Count, map.Count);
        Assert.Equal(model.Count, map.ToList().Count);
        foreach (var (key, value) in map)
        {
            Assert.Equal(model[key], value);
        }
        for (var key = -1; key <= 401; key++)
        {
            var k = KeyOf(key, clashing);
            Assert.Equal(model.TryGetValue(k, out var expected), map.TryGetValue(k, out var found));
            if (model.ContainsKey(k))
            {
                Assert.Equal(expected, found);
            }
        }
    }

    /// <summary>A key whose whole hash many others share: every seventh key one hash, the rest one of thirteen.</summary>
    private sealed record Clashing(int Value)
    {
        public override int GetHashCode() => Value % 7 == 0 ? 12345 : Value % 13 * 0x21084211;
    }
}
