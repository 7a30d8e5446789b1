using CsCheck;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Storage;

/// <summary>The persistent id tree behaves as a sorted set, and a change never shows through an older version.</summary>
public sealed class IdTreeTests
{
    // (kind, value): kinds 0-6 append past the largest id, 7 adds anywhere, 8-9 remove (usually a present id).
    private static readonly Gen<(int Kind, int Value)[]> Operations =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, int.MaxValue]).Array[0, 3000];

    private static readonly Gen<long[]> IdLists = Gen.Long[0, 5000].Array[0, 3000];

    [Fact]
    public void Random_adds_and_removes_match_a_sorted_set_and_leave_older_versions_unchanged() =>
        Gen.Select(IdLists, Operations).Sample((initial, operations) =>
        {
            var tree = IdTree.Of(initial);
            var model = new SortedSet<long>(initial);
            Check(model, tree);
            var versions = new List<(IdTree Tree, long[] Ids)> { (tree, model.ToArray()) };
            foreach (var (kind, value) in operations)
            {
                var max = model.Count == 0 ? 0 : model.Max;
                var before = tree;
                if (kind <= 7)
                {
                    var id = kind < 7 ? max + 1 + value % 3 : value % (max + 10);
                    tree = tree.Add(id);
                    Assert.Equal(model.Add(id), !ReferenceEquals(before, tree));
                    Assert.True(tree.Contains(id));
                }
                else
                {
                    var id = model.Count > 0 && kind == 8 ? model.ElementAt(value % model.Count) : value % (max + 10);
                    tree = tree.Remove(id);
                    Assert.Equal(model.Remove(id), !ReferenceEquals(before, tree));
                    Assert.False(tree.Contains(id));
                }
                Check(model, tree);
                if (value % 50 == 0)
                {
                    versions.Add((tree, model.ToArray()));
                }
            }
            foreach (var (version, ids) in versions)
            {
                Assert.Equal(ids.Length, version.Count);
                Assert.True(ids.SequenceEqual(version));
            }
        }, iter: 40);

    [Fact]
    public void Of_sorts_and_drops_repeats() =>
        IdLists.Sample(ids =>
        {
            var model = new SortedSet<long>(ids);
            var tree = IdTree.Of(ids);
            Check(model, tree);
            foreach (var id in ids.Take(20))
            {
                Assert.True(tree.Contains(id));
                Assert.Same(tree, tree.Add(id));
            }
            Assert.Same(tree, tree.Remove(-1));
            Assert.Same(tree, tree.Remove(5001));
        }, iter: 100);

    [Fact]
    public void A_large_tree_appended_to_and_emptied_keeps_its_order()
    {
        const int Size = 200_000;
        var tree = IdTree.Empty;
        for (long id = 0; id < Size; id++)
        {
            tree = tree.Add(id * 2);
        }
        var halfway = tree;
        Assert.Equal(Size, tree.Count);
        Assert.True(Enumerable.Range(0, Size).Select(i => i * 2L).SequenceEqual(tree));

        // Fill the gaps from the top down, then remove the even ids from the middle out.
        for (var id = 2L * Size - 1; id > 0; id -= 2)
        {
            tree = tree.Add(id);
        }
        Assert.True(Enumerable.Range(0, 2 * Size).Select(i => (long)i).SequenceEqual(tree));
        for (long i = 0; i < Size; i++)
        {
            tree = tree.Remove(i % 2 == 0 ? Size + i : Size - i - 1);
        }
        Assert.Equal(Size, tree.Count);
        Assert.True(Enumerable.Range(0, 2 * Size).Select(i => (long)i).Where(i => i % 2 == 1).SequenceEqual(tree));
        Assert.Equal(Size, halfway.Count);
        Assert.True(Enumerable.Range(0, Size).Select(i => i * 2L).SequenceEqual(halfway));

        foreach (var id in tree.ToArray())
        {
            tree = tree.Remove(id);
        }
        Assert.Same(IdTree.Empty, tree);
        Assert.Empty(tree);
    }

    [Fact]
    public void Ids_added_below_the_lowest_keep_their_order_after_the_first_leaf_splits()
    {
        // A label given to older nodes: its set already holds later ids, and the new ones all go below them, into the
        // first leaf, which splits again and again while the first bound still names the old lowest id.
        var model = new SortedSet<long>();
        var tree = IdTree.Empty;
        for (long id = 400; id < 550; id++)
        {
            tree = tree.Add(id);
            model.Add(id);
        }
        for (long id = 0; id < 400; id += 7)
        {
            tree = tree.Add(id);
            model.Add(id);
        }

        Check(model, tree);
        Assert.All(model, id => Assert.True(tree.Contains(id)));
        Assert.All(model, id => Assert.Same(tree, tree.Add(id)));
    }

    [Fact]
    public void A_relationship_id_set_crosses_between_array_and_tree_both_ways() =>
        Gen.Int[0, 1000].Array[1, 120].Sample(order =>
        {
            var set = RelationshipIdSet.Empty;
            var model = new SortedSet<long>();
            var history = new List<(RelationshipIdSet Set, long[] Ids)>();
            // Add 0..69 ascending, then remove them in a random order: the count passes 32 both ways.
            for (long id = 0; id < 70; id++)
            {
                set = set.Add(id);
                model.Add(id);
                CheckSet(model, set);
                history.Add((set, model.ToArray()));
            }
            foreach (var pick in order)
            {
                var id = pick % 80;
                var before = set;
                set = set.Remove(id);
                Assert.Equal(model.Remove(id), !before.Ids.SequenceEqual(set.Ids));
                CheckSet(model, set);
                history.Add((set, model.ToArray()));
                set = set.Add(id + 100);
                model.Add(id + 100);
                CheckSet(model, set);
                set = set.Remove(id + 100);
                model.Remove(id + 100);
            }
            foreach (var (old, ids) in history)
            {
                CheckSet(new SortedSet<long>(ids), old);
            }
            Assert.True(RelationshipIdSet.Of(model.Reverse().ToArray()).Ids.SequenceEqual(model));
        }, iter: 200);

    private static void Check(SortedSet<long> model, IdTree tree)
    {
        Assert.Equal(model.Count, tree.Count);
        Assert.True(model.SequenceEqual(tree));
        // Removing the lowest ids leaves inner bounds below the ids they route to: Min must read the leaf.
        if (model.Count > 0)
        {
            Assert.Equal(model.Min, tree.Min);
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => tree.Min);
        }
    }

    private static void CheckSet(SortedSet<long> model, RelationshipIdSet set)
    {
        Assert.Equal(model.Count, set.Count);
        Assert.Equal(model.Count == 0, set.IsEmpty);
        Assert.True(model.SequenceEqual(set.Ids));
        // Small sets are kept as a plain array, larger ones as a tree.
        Assert.Equal(model.Count <= 32, set.Ids is long[]);
    }
}
