using Graph.Core.Cypher;
using Graph.Cypher.Storage;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

public sealed class ConstraintTests
{
    private static (GraphStore Store, WriteTransaction Tx) StoreWithConstraint()
    {
        var store = GraphStore.Open(null);
        var tx = store.BeginWrite();
        Assert.True(tx.CreateIndex(UniquePersonId));
        tx.CreatePerson("person:ada");
        return (store, tx);
    }

    [Fact]
    public void Creating_a_duplicate_fails_with_the_neo4j_message()
    {
        var (store, tx) = StoreWithConstraint();
        using (store)
        using (tx)
        {
            var error = Assert.Throws<CypherException>(() => tx.CreatePerson("person:ada"));

            Assert.Equal(CypherErrorCodes.ConstraintValidationFailed, error.Code);
            Assert.Equal("Node(0) already exists with label `Person` and property `id` = 'person:ada'", error.Message);
            Assert.Equal(1, tx.View.NodeCount);
        }
    }

    [Fact]
    public void The_transaction_stays_usable_after_a_violation()
    {
        var (store, tx) = StoreWithConstraint();
        using (store)
        using (tx)
        {
            Assert.Throws<CypherException>(() => tx.CreatePerson("person:ada"));
            tx.CreatePerson("person:grace");
            tx.Commit();

            Assert.Equal(2, store.Current.NodeCount);
            Assert.Single(store.Current.FindNodes("Person", "id", "person:grace"));
        }
    }

    [Fact]
    public void Setting_a_property_or_adding_a_label_into_a_duplicate_fails_and_changes_nothing()
    {
        var (store, tx) = StoreWithConstraint();
        using (store)
        using (tx)
        {
            var other = tx.CreatePerson("person:grace").Id;
            var unlabelled = tx.CreateNode(["Robot"], Props(("id", "person:ada"))).Id;

            var bySet = Assert.Throws<CypherException>(() => tx.SetNodeProperty(other, "id", "person:ada"));
            var byLabel = Assert.Throws<CypherException>(() => tx.AddLabel(unlabelled, "Person"));

            Assert.Equal("Node(0) already exists with label `Person` and property `id` = 'person:ada'", bySet.Message);
            Assert.Equal(CypherErrorCodes.ConstraintValidationFailed, byLabel.Code);
            Assert.Equal("person:grace", tx.View.GetNode(other)!.Properties["id"]);
            Assert.False(tx.View.GetNode(unlabelled)!.HasLabel("Person"));
            Assert.Equal([0L], tx.View.FindNodes("Person", "id", "person:ada").Ids());
        }
    }

    [Fact]
    public void Integer_and_float_values_collide_when_numerically_equal()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        tx.CreateIndex(new IndexDefinition("n_key", "N", "key", Unique: true));
        tx.CreateNode(["N"], Props(("key", 1L)));

        var error = Assert.Throws<CypherException>(() => tx.CreateNode(["N"], Props(("key", 1.0))));
        Assert.Equal("Node(0) already exists with label `N` and property `key` = 1.0", error.Message);
        tx.CreateNode(["N"], Props(("key", 1.5)));
        tx.CreateNode(["N"], Props(("key", "1")));
        tx.CreateNode(["N"], Props(("key", true)));
    }

    [Fact]
    public void A_node_may_keep_its_own_value_and_freed_values_can_be_taken()
    {
        var (store, tx) = StoreWithConstraint();
        using (store)
        using (tx)
        {
            tx.SetNodeProperty(0, "id", "person:ada");
            tx.SetNodeProperty(0, "id", "person:ada-lovelace");
            tx.CreatePerson("person:ada");
            tx.DeleteNode(1);
            tx.CreatePerson("person:ada");
        }
    }

    [Fact]
    public void A_unique_index_over_existing_duplicates_cannot_be_created()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        tx.CreatePerson("same");
        tx.CreatePerson("same");

        var error = Assert.Throws<CypherException>(() => tx.CreateIndex(UniquePersonId));

        Assert.Equal(CypherErrorCodes.ConstraintValidationFailed, error.Code);
        Assert.Contains("Node(0) and Node(1)", error.Message, StringComparison.Ordinal);
        Assert.Empty(tx.View.Indexes);
        Assert.True(tx.CreateIndex(UniquePersonId with { Unique = false }));
    }

    [Fact]
    public void Creating_an_index_is_idempotent_and_dropping_removes_it()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();

        Assert.True(tx.CreateIndex(UniquePersonId));
        Assert.False(tx.CreateIndex(UniquePersonId));
        Assert.False(tx.CreateIndex(UniquePersonId with { Name = "other_name" }));
        var clash = Assert.Throws<CypherException>(() => tx.CreateIndex(new IndexDefinition("person_id", "Tool", "id", false)));
        Assert.Contains("person_id", clash.Message, StringComparison.Ordinal);
        Assert.True(tx.View.HasIndex("Person", "id"));
        Assert.Equal([UniquePersonId], tx.View.Indexes);

        Assert.True(tx.DropIndex("person_id"));
        Assert.False(tx.DropIndex("person_id"));
        Assert.False(tx.View.HasIndex("Person", "id"));
        tx.CreatePerson("x");
        tx.CreatePerson("x");
    }

    [Fact]
    public void Find_nodes_uses_cypher_equality_with_and_without_an_index()
    {
        foreach (var indexed in new[] { false, true })
        {
            using var store = GraphStore.Open(null);
            using var tx = store.BeginWrite();
            if (indexed)
            {
                tx.CreateIndex(new IndexDefinition("n_v", "N", "v", Unique: false));
            }
            var one = tx.CreateNode(["N"], Props(("v", 1L))).Id;
            var oneFloat = tx.CreateNode(["N"], Props(("v", 1.0))).Id;
            var text = tx.CreateNode(["N"], Props(("v", "1"))).Id;
            var list = tx.CreateNode(["N"], Props(("v", new object[] { 1L, 2L }))).Id;
            var nan = tx.CreateNode(["N"], Props(("v", double.NaN))).Id;
            tx.CreateNode(["Other"], Props(("v", 1L)));
            var view = tx.View;

            Assert.Equal(indexed, view.HasIndex("N", "v"));
            Assert.Equal([one, oneFloat], view.FindNodes("N", "v", 1L).Ids());
            Assert.Equal([one, oneFloat], view.FindNodes("N", "v", 1.0).Ids());
            Assert.Equal([one, oneFloat], view.FindNodes("N", "v", 1).Ids());
            Assert.Equal([text], view.FindNodes("N", "v", "1").Ids());
            Assert.Equal([list], view.FindNodes("N", "v", new List<object?> { 1.0, 2L }).Ids());
            Assert.Empty(view.FindNodes("N", "v", new List<object?> { 1L }));
            Assert.Empty(view.FindNodes("N", "v", double.NaN));
            Assert.Empty(view.FindNodes("N", "v", new Dictionary<string, object?>()));
            Assert.Empty(view.FindNodes("Missing", "v", 1L));

            tx.SetNodeProperty(one, "v", 2L);
            tx.RemoveLabel(oneFloat, "N");
            Assert.Empty(tx.View.FindNodes("N", "v", 1L));
            Assert.Equal([one], tx.View.FindNodes("N", "v", 2.0).Ids());
            Assert.True(nan > 0);
        }
    }

    [Fact]
    public void An_index_created_over_existing_data_finds_it()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var ada = tx.CreatePerson("ada").Id;
        tx.CreatePerson("grace");

        tx.CreateIndex(UniquePersonId);

        Assert.Equal([ada], tx.View.FindNodes("Person", "id", "ada").Ids());
    }
}
