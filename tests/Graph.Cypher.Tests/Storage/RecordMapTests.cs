using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Storage;

/// <summary>The id-indexed trie that holds stored records, against a sorted dictionary doing the same work.</summary>
public sealed class RecordMapTests
{
    [Fact]
    public void Agrees_with_a_dictionary_through_growth_removal_and_every_published_version()
    {
        var random = new Random(20261201);
        var model = new SortedDictionary<long, string>();
        var map = RecordMap<string>.Empty;
        var versions = new List<(RecordMap<string> Map, List<KeyValuePair<long, string>> Expected)>();
        long next = 0;
        for (var round = 0; round < 30; round++)
        {
            var builder = map.ToBuilder();
            for (var step = 0; step < 400; step++)
            {
                // Mostly new ids in order (as the store hands them out), some far ahead (a deeper trie), some removals and overwrites.
                var roll = random.Next(10);
                var id = roll < 6 ? next++ : roll < 7 ? random.Next(0, 70_000) : model.Count > 0 ? model.Keys.ElementAt(random.Next(model.Count)) : 0;
                if (roll >= 8 && model.ContainsKey(id))
                {
                    Assert.True(builder.Remove(id));
                    model.Remove(id);
                }
                else
                {
                    builder[id] = $"{round}:{id}";
                    model[id] = $"{round}:{id}";
                }
                Assert.Equal(model.Count, builder.Count);
            }
            map = builder.ToImmutable();
            Assert.Same(map, builder.ToImmutable());
            versions.Add((map, model.ToList()));
        }

        foreach (var (version, expected) in versions)
        {
            Assert.Equal(expected.Count, version.Count);
            Assert.Equal(expected.Select(pair => pair.Value), version.Values);
            foreach (var (id, value) in expected)
            {
                Assert.True(version.TryGetValue(id, out var found));
                Assert.Equal(value, found);
            }
        }
        Assert.False(map.TryGetValue(-1, out _));
        Assert.False(map.TryGetValue(long.MaxValue, out _));
        Assert.False(map.ContainsKey(next + 1_000_000));
        Assert.Throws<KeyNotFoundException>(() => map[next + 1]);
    }

    [Fact]
    public void A_builder_never_changes_the_map_it_started_from_or_published()
    {
        var builder = RecordMap<string>.Empty.ToBuilder();
        builder.Add(1, "one");
        var first = builder.ToImmutable();

        builder[1] = "uno";
        builder.Add(5_000, "far");
        builder.Remove(1);
        var second = builder.ToImmutable();

        Assert.Equal(["one"], first.Values);
        Assert.Equal(["far"], second.Values);
        Assert.Throws<ArgumentException>(() => builder.Add(5_000, "again"));
        Assert.False(builder.Remove(1));
    }

    [Fact]
    public void Holds_ids_up_to_the_largest_long()
    {
        var builder = RecordMap<string>.Empty.ToBuilder();
        builder[0] = "zero";
        builder[long.MaxValue] = "max";
        builder[1L << 62] = "far";

        var map = builder.ToImmutable();

        Assert.Equal(["zero", "far", "max"], map.Values);
        Assert.Equal("max", map[long.MaxValue]);
        Assert.False(map.ContainsKey(long.MaxValue - 1));
    }
}
