using Graph.Cypher.Storage;
using Graph.Testing;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

/// <summary>
/// The ids per label follow every write (labels added and removed, nodes deleted), stay in id order past one leaf
/// of ids, and come back the same from the log, from a snapshot and from a bulk load.
/// </summary>
public sealed class LabelSetTests : IDisposable
{
    private readonly string _directory = RepoPaths.NewTempDirectory("graph-labels");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Adding_and_removing_labels_and_deleting_nodes_keep_the_sets_in_step()
    {
        using var store = GraphStore.Open(null);
        using (var tx = store.BeginWrite())
        {
            for (var i = 0; i < 200; i++)
            {
                tx.CreateNode(i % 2 == 0 ? ["Even"] : ["Odd"], NoProps);
            }
            tx.AddLabel(3, "Even");
            tx.RemoveLabel(4, "Even");
            tx.DeleteNode(6);
            tx.AddLabel(9, "Rare");
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            tx.RemoveLabel(9, "Rare");
            tx.Commit();
        }

        var snapshot = store.Current;
        var even = Enumerable.Range(0, 200).Where(i => (i % 2 == 0 && i != 4 && i != 6) || i == 3).Select(i => (long)i).ToList();
        Assert.Equal(even, snapshot.NodesWithLabel("Even").Ids());
        Assert.Equal(even, snapshot.NodeIdsWithLabel("Even"));
        Assert.Equal(even.Count, snapshot.CountNodesWithLabel("Even"));
        Assert.Equal(100, snapshot.CountNodesWithLabel("Odd"));
        Assert.Equal(0, snapshot.CountNodesWithLabel("Rare"));
        Assert.Empty(snapshot.NodesWithLabel("Rare"));
        Assert.Equal(["Even", "Odd"], snapshot.Labels());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Label_sets_come_back_the_same_after_reopening_from_the_snapshot_or_the_log(bool checkpointOnDispose)
    {
        var options = new GraphStoreOptions { CheckpointOnDispose = checkpointOnDispose };
        Dictionary<string, List<long>> before;
        using (var store = GraphStore.Open(_directory, options))
        {
            using (var tx = store.BeginWrite())
            {
                for (var i = 0; i < 150; i++)
                {
                    tx.CreateNode(i % 3 == 0 ? ["A", "B"] : ["A"], NoProps);
                }
                tx.Commit();
            }
            using (var tx = store.BeginWrite())
            {
                tx.DeleteNode(0);
                tx.RemoveLabel(3, "B");
                tx.AddLabel(4, "C");
                tx.Commit();
            }
            before = LabelSets(store.Current);
        }

        using var reopened = GraphStore.Open(_directory, options);

        Assert.Equal(before, LabelSets(reopened.Current));
        Assert.Equal(["A", "B", "C"], reopened.Current.Labels());
    }

    [Fact]
    public void A_bulk_load_builds_the_label_sets_it_reopens_with()
    {
        using (var store = GraphStore.Open(_directory))
        {
            using var load = store.BeginBulkLoad();
            for (var i = 0; i < 130; i++)
            {
                load.AddNode(i % 5 == 0 ? ["Hub", "Node"] : ["Node"], []);
            }
            load.Commit();
            Assert.Equal(26, store.Current.CountNodesWithLabel("Hub"));
            Assert.Equal(Enumerable.Range(0, 130).Select(i => (long)i), store.Current.NodeIdsWithLabel("Node"));
        }

        using var reopened = GraphStore.Open(_directory);

        Assert.Equal(Enumerable.Range(0, 26).Select(i => i * 5L), reopened.Current.NodeIdsWithLabel("Hub"));
        Assert.Equal(130, reopened.Current.CountNodesWithLabel("Node"));
    }

    private static Dictionary<string, List<long>> LabelSets(GraphSnapshot snapshot) =>
        snapshot.Labels().ToDictionary(label => label, label => snapshot.NodeIdsWithLabel(label).ToList());
}
