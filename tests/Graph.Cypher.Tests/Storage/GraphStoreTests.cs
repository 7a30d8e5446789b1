using Graph.Core.Cypher;
using Graph.Cypher.Storage;
using Graph.Testing;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

public sealed class GraphStoreTests
{
    [Fact]
    public void Created_nodes_and_relationships_are_readable_after_commit()
    {
        using var store = GraphStore.Open(null);
        long aliceId, bobId, knowsId;
        using (var tx = store.BeginWrite())
        {
            var alice = tx.CreateNode(["Person", "Speaker"], Props(("name", "Alice"), ("age", 42L)));
            var bob = tx.CreateNode(["Person"], Props(("name", "Bob")));
            var knows = tx.CreateRelationship(alice.Id, bob.Id, "KNOWS", Props(("since", 2020L)));
            (aliceId, bobId, knowsId) = (alice.Id, bob.Id, knows.Id);
            tx.Commit();
        }

        var snapshot = store.Current;
        Assert.Equal(2, snapshot.NodeCount);
        Assert.Equal(1, snapshot.RelationshipCount);
        var aliceNode = snapshot.GetNode(aliceId)!;
        Assert.Equal(["Person", "Speaker"], aliceNode.Labels);
        Assert.Equal("Alice", aliceNode.Properties["name"]);
        Assert.Equal(42L, aliceNode.Properties["age"]);
        var relationship = snapshot.GetRelationship(knowsId)!;
        Assert.Equal(("KNOWS", aliceId, bobId), (relationship.Type, relationship.StartId, relationship.EndId));
        Assert.Equal(2020L, relationship.Properties["since"]);
        Assert.Equal([aliceId, bobId], snapshot.NodesWithLabel("Person").Ids());
        Assert.Equal([aliceId], snapshot.NodesWithLabel("Speaker").Ids());
        Assert.Empty(snapshot.NodesWithLabel("Missing"));
    }

    [Fact]
    public void Relationships_follow_direction_and_type_filters_and_degree_agrees()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var a = tx.CreateNode(["N"], NoProps).Id;
        var b = tx.CreateNode(["N"], NoProps).Id;
        var c = tx.CreateNode(["N"], NoProps).Id;
        var ab = tx.CreateRelationship(a, b, "X", NoProps).Id;
        var ca = tx.CreateRelationship(c, a, "Y", NoProps).Id;
        var ac = tx.CreateRelationship(a, c, "X", NoProps).Id;
        var loop = tx.CreateRelationship(a, a, "Y", NoProps).Id;
        var view = tx.View;

        Assert.Equal([ab, ac, loop], view.Relationships(a, Direction.Outgoing).Ids());
        Assert.Equal([ca, loop], view.Relationships(a, Direction.Incoming).Ids());
        Assert.Equal([ab, ca, ac, loop], view.Relationships(a, Direction.Both).Ids());
        Assert.Equal([ab, ac], view.Relationships(a, Direction.Both, ["X"]).Ids());
        Assert.Equal([ca, loop], view.Relationships(a, Direction.Both, ["Y"]).Ids());
        Assert.Equal([ab, ca, ac, loop], view.Relationships(a, Direction.Both, ["Y", "X", "Y"]).Ids());
        Assert.Empty(view.Relationships(a, Direction.Both, ["Z"]));
        Assert.Equal([ab], view.Relationships(b, Direction.Incoming).Ids());
        Assert.Empty(view.Relationships(b, Direction.Outgoing));

        foreach (var direction in new[] { Direction.Outgoing, Direction.Incoming, Direction.Both })
        {
            foreach (var types in new string[]?[] { null, [], ["X"], ["Y"], ["X", "Y"], ["Z"] })
            {
                Assert.Equal(view.Relationships(a, direction, types).Count(), view.Degree(a, direction, types));
            }
        }
        Assert.Equal(0, view.Degree(999, Direction.Both));
        Assert.Equal(a, view.GetRelationship(loop)!.OtherEnd(a));
        Assert.Equal(b, view.GetRelationship(ab)!.OtherEnd(a));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_hub_keeps_its_relationships_in_creation_order_as_they_grow_past_an_array_and_shrink_back(bool reopen)
    {
        // A node's relationship ids of one type sit in an array up to 32 and in a tree beyond: cross that both ways.
        var directory = reopen ? RepoPaths.NewTempDirectory("graph-storage") : null;
        try
        {
            var store = GraphStore.Open(directory);
            long hub;
            var expected = new List<long>();
            using (var tx = store.BeginWrite())
            {
                hub = tx.CreateNode(["Tool"], NoProps).Id;
                for (var i = 0; i < 40; i++)
                {
                    var source = tx.CreateNode(["Source"], NoProps).Id;
                    expected.Add(tx.CreateRelationship(source, hub, "MENTIONS", NoProps).Id);
                    tx.CreateRelationship(hub, source, "MENTIONED_BY", NoProps);
                }
                tx.Commit();
            }
            var removed = expected.Where((_, i) => i % 3 == 0 || i > 20).ToList();
            using (var tx = store.BeginWrite())
            {
                removed.ForEach(tx.DeleteRelationship);
                tx.Commit();
            }
            expected.RemoveAll(removed.Contains);
            if (reopen)
            {
                store.Dispose();
                store = GraphStore.Open(directory);
            }

            var snapshot = store.Current;
            Assert.Equal(expected, snapshot.Relationships(hub, Direction.Incoming, ["MENTIONS"]).Ids());
            Assert.Equal(expected.Count, snapshot.Degree(hub, Direction.Incoming, ["MENTIONS"]));
            Assert.Equal(40, snapshot.Degree(hub, Direction.Outgoing, ["MENTIONED_BY"]));
            Assert.Equal(40 + expected.Count, snapshot.Relationships(hub, Direction.Both).Count());
            Assert.Equal(snapshot.Relationships(hub, Direction.Both).Ids().Order(), snapshot.Relationships(hub, Direction.Both).Ids());
            store.Dispose();
        }
        finally
        {
            if (directory is not null)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void Properties_and_labels_change_and_null_removes_a_property()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var id = tx.CreateNode(["A"], Props(("x", 1L), ("y", "keep"))).Id;

        tx.SetNodeProperty(id, "x", 2.5);
        tx.SetNodeProperty(id, "y", null);
        tx.SetNodeProperty(id, "absent", null);
        tx.AddLabel(id, "B");
        tx.AddLabel(id, "B");
        var node = tx.RemoveLabel(id, "A");

        Assert.Equal(["B"], node.Labels);
        Assert.Equal(2.5, node.Properties["x"]);
        Assert.False(node.Properties.ContainsKey("y"));
        Assert.Empty(tx.View.NodesWithLabel("A"));
        Assert.Equal([id], tx.View.NodesWithLabel("B").Ids());

        var other = tx.CreateNode(["B"], NoProps).Id;
        var rel = tx.CreateRelationship(id, other, "R", Props(("w", 1L))).Id;
        var updated = tx.SetRelationshipProperty(rel, "w", null);
        Assert.Empty(updated.Properties);
        Assert.Equal("v", tx.SetRelationshipProperty(rel, "k", "v").Properties["k"]);
        Assert.Equal("v", tx.View.GetRelationship(rel)!.Properties["k"]);
    }

    [Fact]
    public void Deleting_removes_records_adjacency_and_label_entries()
    {
        using var store = GraphStore.Open(null);
        using (var tx = store.BeginWrite())
        {
            var a = tx.CreateNode(["A"], NoProps).Id;
            var b = tx.CreateNode(["A"], NoProps).Id;
            var r = tx.CreateRelationship(a, b, "R", NoProps).Id;
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            tx.DeleteRelationship(0);
            tx.DeleteRelationship(0);
            tx.DeleteNode(1);
            tx.DeleteNode(1);
            tx.Commit();
        }

        var snapshot = store.Current;
        Assert.Null(snapshot.GetNode(1));
        Assert.Null(snapshot.GetRelationship(0));
        Assert.Equal([0L], snapshot.AllNodes().Ids());
        Assert.Empty(snapshot.AllRelationships());
        Assert.Empty(snapshot.Relationships(0, Direction.Both));
        Assert.Equal([0L], snapshot.NodesWithLabel("A").Ids());
    }

    [Fact]
    public void Deleting_a_node_with_relationships_fails_with_neo4j_message_and_changes_nothing()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var a = tx.CreateNode(["A"], NoProps).Id;
        var b = tx.CreateNode(["A"], NoProps).Id;
        var r = tx.CreateRelationship(b, a, "R", NoProps).Id;

        var error = Assert.Throws<CypherException>(() => tx.DeleteNode(a));

        Assert.Equal(CypherErrorCodes.DeleteAttachedNode, error.Code);
        Assert.Equal($"Cannot delete node<{a}>, because it still has relationships. To delete this node, you must first delete its relationships.", error.Message);
        Assert.NotNull(tx.View.GetNode(a));
        tx.DeleteRelationship(r);
        tx.DeleteNode(a);
        Assert.Null(tx.View.GetNode(a));
    }

    [Fact]
    public void Missing_entities_are_reported_by_id()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var a = tx.CreateNode([], NoProps).Id;

        var missingEnd = Assert.Throws<CypherException>(() => tx.CreateRelationship(a, 77, "R", NoProps));
        var missingNode = Assert.Throws<CypherException>(() => tx.SetNodeProperty(78, "x", 1L));
        var missingRel = Assert.Throws<CypherException>(() => tx.SetRelationshipProperty(79, "x", 1L));

        Assert.Equal(CypherErrorCodes.EntityNotFound, missingEnd.Code);
        Assert.Contains("77", missingEnd.Message, StringComparison.Ordinal);
        Assert.Contains("78", missingNode.Message, StringComparison.Ordinal);
        Assert.Contains("Relationship with id 79", missingRel.Message, StringComparison.Ordinal);
        Assert.Equal(0, tx.View.RelationshipCount);
    }

    [Fact]
    public void Duplicate_labels_collapse_and_empty_type_is_rejected()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var node = tx.CreateNode(["A", "B", "A"], NoProps);

        Assert.Equal(["A", "B"], node.Labels);
        Assert.Throws<ArgumentException>(() => tx.CreateRelationship(node.Id, node.Id, "", NoProps));
    }

    [Fact]
    public void Property_keys_enumerate_in_a_fixed_order()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var first = tx.CreateNode([], Props(("zeta", 1L), ("alpha", 2L), ("mid", 3L), ("beta", 4L)));
        var second = tx.CreateNode([], Props(("beta", 4L), ("mid", 3L), ("alpha", 2L), ("zeta", 1L)));

        // The order comes from a process-independent hash, so it is the same for any insertion order.
        Assert.Equal(first.Properties.Keys, second.Properties.Keys);
    }

    [Fact]
    public void Labels_and_types_in_use_are_listed_and_counted()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var a = tx.CreateNode(["Zed", "Alpha"], NoProps).Id;
        var b = tx.CreateNode(["Alpha"], NoProps).Id;
        tx.CreateRelationship(a, b, "R", NoProps);
        var gone = tx.CreateRelationship(a, b, "Q", NoProps).Id;
        tx.CreateRelationship(b, a, "R", NoProps);
        tx.DeleteRelationship(gone);
        tx.RemoveLabel(a, "Zed");

        var view = tx.View;
        Assert.Equal(["Alpha"], view.Labels());
        Assert.Equal(["R"], view.RelationshipTypes());
        Assert.Equal(2, view.CountNodesWithLabel("Alpha"));
        Assert.Equal(0, view.CountNodesWithLabel("Zed"));
        Assert.Equal(2, view.CountRelationshipsOfType("R"));
        Assert.Equal(0, view.CountRelationshipsOfType("Q"));
    }

    [Fact]
    public void Each_published_commit_counts_one_version_and_rollbacks_none()
    {
        using var store = GraphStore.Open(null);
        Assert.Equal(0, store.Current.Version);

        using (var tx = store.BeginWrite())
        {
            tx.CreateNode(["A"], NoProps);
            Assert.Equal(-1, tx.View.Version);
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            tx.CreateNode(["A"], NoProps);
        }
        var first = store.Current;
        using (var tx = store.BeginWrite())
        {
            tx.CreateNode(["B"], NoProps);
            tx.Commit();
        }

        Assert.Equal(1, first.Version);
        Assert.Equal(2, store.Current.Version);
    }
}
