using Graph.Core.Cypher;
using Graph.Cypher.Storage;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

/// <summary>
/// An index key's ids: one id inline until a second node shares the key, a sorted set while several do, one id again
/// once removals leave one; always ascending. The store's lookups and unique checks read the same either way.
/// </summary>
public sealed class IndexEntryTests
{
    [Fact]
    public void A_key_goes_from_one_id_to_a_shared_set_and_back()
    {
        var single = IndexEntry.Of(7);
        Assert.Equal(1, single.Count);
        Assert.Equal([7L], single);
        Assert.Equal(single, single.With(7));

        var shared = single.With(3);
        Assert.Equal(2, shared.Count);
        Assert.Equal(3, shared.First);
        Assert.Equal([3L, 7L], shared);

        var back = shared.Without(3);
        Assert.Equal(IndexEntry.Of(7), back);
        Assert.Equal([7L], back!.Value);
        Assert.Null(back.Value.Without(7));
        Assert.Equal(single, single.Without(8));
    }

    [Fact]
    public void Ids_stay_ascending_whatever_order_they_come_in()
    {
        var random = new Random(11);
        var ids = Enumerable.Range(0, 300).Select(_ => (long)random.Next(0, 1000)).ToList();
        var entry = IndexEntry.Of(ids[0]);
        foreach (var id in ids.Skip(1))
        {
            entry = entry.With(id);
        }
        var expected = ids.Distinct().Order().ToList();
        Assert.Equal(expected, entry);
        Assert.Equal(expected, IndexEntry.Of(ids));
        Assert.Equal(expected.Count, entry.Count);
        Assert.Equal(expected[0], entry.First);

        var enumerated = new List<long>();
        foreach (var id in entry)
        {
            enumerated.Add(id);
        }
        Assert.Equal(expected, enumerated);

        foreach (var id in expected.Take(expected.Count - 1))
        {
            entry = entry.Without(id)!.Value;
        }
        Assert.Equal(IndexEntry.Of(expected[^1]), entry);
    }

    [Fact]
    public void Nodes_sharing_an_indexed_value_are_found_in_id_order_as_they_come_and_go()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        tx.CreateIndex(new IndexDefinition("tool_name", "Tool", "name", Unique: false));
        var a = tx.CreateNode(["Tool"], Props(("name", "x"))).Id;
        var b = tx.CreateNode(["Tool"], Props(("name", "y"))).Id;
        var c = tx.CreateNode(["Tool"], Props(("name", "x"))).Id;
        Assert.Equal([a, c], tx.View.FindNodes("Tool", "name", "x").Ids());

        tx.SetNodeProperty(b, "name", "x");
        Assert.Equal([a, b, c], tx.View.FindNodes("Tool", "name", "x").Ids());
        Assert.Empty(tx.View.FindNodes("Tool", "name", "y"));

        tx.DeleteNode(a);
        tx.RemoveLabel(c, "Tool");
        Assert.Equal([b], tx.View.FindNodes("Tool", "name", "x").Ids());
        tx.SetNodeProperty(b, "name", "z");
        Assert.Empty(tx.View.FindNodes("Tool", "name", "x"));
        tx.Commit();

        Assert.Equal([b], store.Current.FindNodes("Tool", "name", "z").Ids());
    }

    [Fact]
    public void A_unique_constraint_over_duplicates_names_the_lowest_clash()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        foreach (var id in new[] { "b", "a", "a", "b", "a" })
        {
            tx.CreatePerson(id);
        }

        var error = Assert.Throws<CypherException>(() => tx.CreateIndex(UniquePersonId));

        Assert.Contains("both Node(0) and Node(3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unique_key_freed_by_a_delete_is_taken_by_the_next_node()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        tx.CreateIndex(UniquePersonId);
        var first = tx.CreatePerson("ada").Id;
        tx.DeleteNode(first);
        var second = tx.CreatePerson("ada").Id;

        var error = Assert.Throws<CypherException>(() => tx.CreatePerson("ada"));

        Assert.Equal($"Node({second}) already exists with label `Person` and property `id` = 'ada'", error.Message);
        Assert.Equal([second], tx.View.FindNodes("Person", "id", "ada").Ids());
    }
}
