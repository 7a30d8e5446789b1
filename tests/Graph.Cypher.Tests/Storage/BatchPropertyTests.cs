using Graph.Core.Cypher;
using Graph.Cypher.Storage;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

/// <summary>SetNodeProperties / SetRelationshipProperties: a whole map in one write, as SET n = map and SET n += map use.</summary>
public sealed class BatchPropertyTests
{
    private static KeyValuePair<string, object?>[] Changes(params (string Key, object? Value)[] pairs) =>
        pairs.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)).ToArray();

    [Fact]
    public void A_map_sets_and_removes_keys_on_nodes_and_relationships_and_keeps_the_index_in_step()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        Assert.True(tx.CreateIndex(UniquePersonId));
        var ada = tx.CreateNode(["Person"], Props(("id", "person:ada"), ("age", 36L))).Id;
        var other = tx.CreatePerson("person:grace").Id;
        var knows = tx.CreateRelationship(ada, other, "KNOWS", Props(("since", 1843L))).Id;

        tx.SetNodeProperties(ada, Changes(("id", "person:ada-lovelace"), ("age", null), ("field", "maths")));
        tx.SetRelationshipProperties(knows, Changes(("since", null), ("page", "a.md"), ("line", 3L)));

        var node = tx.View.GetNode(ada)!;
        Assert.Equal(["field", "id"], node.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("person:ada-lovelace", node.Properties["id"]);
        Assert.Empty(tx.View.FindNodes("Person", "id", "person:ada"));
        Assert.Equal([ada], tx.View.FindNodes("Person", "id", "person:ada-lovelace").Ids());
        Assert.Equal(["line", "page"], tx.View.GetRelationship(knows)!.Properties.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_map_that_would_duplicate_a_unique_key_fails_whole()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        Assert.True(tx.CreateIndex(UniquePersonId));
        tx.CreatePerson("person:ada");
        var grace = tx.CreatePerson("person:grace").Id;

        var error = Assert.Throws<CypherException>(() => tx.SetNodeProperties(grace, Changes(("born", 1906L), ("id", "person:ada"))));

        Assert.Equal(CypherErrorCodes.ConstraintValidationFailed, error.Code);
        Assert.Equal(["id"], tx.View.GetNode(grace)!.Properties.Keys);
        Assert.Equal("person:grace", tx.View.GetNode(grace)!.Properties["id"]);
    }

    [Fact]
    public void A_missing_entity_is_named()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();

        var node = Assert.Throws<CypherException>(() => tx.SetNodeProperties(41, Changes(("x", 1L), ("y", 2L))));
        var relationship = Assert.Throws<CypherException>(() => tx.SetRelationshipProperties(42, Changes(("x", 1L), ("y", 2L))));

        Assert.Contains("41", node.Message, StringComparison.Ordinal);
        Assert.Contains("Relationship with id 42", relationship.Message, StringComparison.Ordinal);
    }
}
