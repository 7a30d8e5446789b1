using Graph.Cypher.Storage;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

public sealed class SnapshotIsolationTests
{
    [Fact]
    public void A_snapshot_taken_before_a_commit_never_changes()
    {
        using var store = GraphStore.Open(null);
        using (var tx = store.BeginWrite())
        {
            var a = tx.CreateNode(["A"], Props(("v", 1L))).Id;
            tx.CreateRelationship(a, a, "SELF", NoProps);
            tx.Commit();
        }
        var before = store.Current;

        using (var tx = store.BeginWrite())
        {
            tx.SetNodeProperty(0, "v", 2L);
            tx.CreateNode(["A"], NoProps);
            tx.DeleteRelationship(0);
            tx.RemoveLabel(0, "A");
            tx.Commit();
        }

        Assert.Equal(1, before.NodeCount);
        Assert.Equal(1L, before.GetNode(0)!.Properties["v"]);
        Assert.Equal([0L], before.NodesWithLabel("A").Ids());
        Assert.Equal([0L], before.Relationships(0, Direction.Both).Ids());
        var after = store.Current;
        Assert.Equal(2L, after.GetNode(0)!.Properties["v"]);
        Assert.Equal([1L], after.NodesWithLabel("A").Ids());
        Assert.Empty(after.Relationships(0, Direction.Both));
    }

    [Fact]
    public void Uncommitted_writes_are_visible_only_through_the_transaction_view()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var id = tx.CreateNode(["A"], NoProps).Id;

        Assert.NotNull(tx.View.GetNode(id));
        Assert.Null(store.Current.GetNode(id));
        Assert.Equal(0, store.Current.NodeCount);
        tx.Commit();
        Assert.NotNull(store.Current.GetNode(id));
    }

    [Fact]
    public void Dispose_without_commit_rolls_back_and_frees_the_writer()
    {
        using var store = GraphStore.Open(null);
        using (var tx = store.BeginWrite())
        {
            tx.CreateNode(["A"], NoProps);
            tx.CreateIndex(UniquePersonId);
        }

        Assert.Equal(0, store.Current.NodeCount);
        Assert.Empty(store.Current.Indexes);
        using var next = store.BeginWrite();
        Assert.Equal(0, next.View.NodeCount);
    }

    [Fact]
    public void Ids_from_a_rolled_back_transaction_are_not_handed_out_again()
    {
        using var store = GraphStore.Open(null);
        long rolledBack;
        using (var tx = store.BeginWrite())
        {
            rolledBack = tx.CreateNode([], NoProps).Id;
        }
        using (var tx = store.BeginWrite())
        {
            Assert.True(tx.CreateNode([], NoProps).Id > rolledBack);
        }
    }

    [Fact]
    public void Deleted_ids_are_not_reused()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var first = tx.CreateNode([], NoProps).Id;
        tx.DeleteNode(first);

        Assert.NotEqual(first, tx.CreateNode([], NoProps).Id);
    }

    [Fact]
    public async Task A_second_writer_waits_until_the_first_finishes()
    {
        using var store = GraphStore.Open(null);
        var first = store.BeginWrite();
        using var cancel = new CancellationTokenSource();
        var waiting = Task.Run(() =>
        {
            using var second = store.BeginWrite(cancel.Token);
            return second.View.NodeCount;
        }, TestContext.Current.CancellationToken);

        first.CreateNode([], NoProps);
        Assert.False(waiting.IsCompleted);
        first.Commit();

        // It could only start after the commit, so it sees the node.
        Assert.Equal(1, await waiting);
    }

    [Fact]
    public void Waiting_for_the_writer_can_be_cancelled()
    {
        using var store = GraphStore.Open(null);
        using var first = store.BeginWrite();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => store.BeginWrite(cancel.Token));
    }

    [Fact]
    public void A_finished_transaction_refuses_further_writes()
    {
        using var store = GraphStore.Open(null);
        var tx = store.BeginWrite();
        tx.Commit();

        Assert.Throws<ObjectDisposedException>(() => tx.CreateNode([], NoProps));
        Assert.Throws<ObjectDisposedException>(tx.Commit);
        tx.Dispose();
    }

    [Fact]
    public async Task Readers_see_whole_commits_while_a_writer_runs()
    {
        using var store = GraphStore.Open(null);
        const int commits = 200;
        var reader = Task.Run(() =>
        {
            var torn = 0;
            while (store.Current.NodeCount < commits * 2)
            {
                var snapshot = store.Current;
                // Every commit adds a pair joined by a relationship: a snapshot never shows half of one.
                if (snapshot.NodeCount != snapshot.RelationshipCount * 2)
                {
                    torn++;
                }
            }
            return torn;
        }, TestContext.Current.CancellationToken);

        for (var i = 0; i < commits; i++)
        {
            using var tx = store.BeginWrite();
            var a = tx.CreateNode([], NoProps).Id;
            var b = tx.CreateNode([], NoProps).Id;
            tx.CreateRelationship(a, b, "PAIR", NoProps);
            tx.Commit();
        }

        Assert.Equal(0, await reader);
    }
}
