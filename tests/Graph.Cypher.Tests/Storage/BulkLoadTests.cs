using Graph.Core.Cypher;
using Graph.Cypher.Storage;
using Graph.Testing;

namespace Graph.Cypher.Tests.Storage;

/// <summary>
/// A bulk load builds its state on another core as relationships arrive, in chunks. The graph must come out as the
/// records went in, across many chunks and after reopening; a load abandoned or refused at any point leaves the store
/// empty and free for the next load.
/// </summary>
public sealed class BulkLoadTests : IDisposable
{
    private readonly string _directory = RepoPaths.NewTempDirectory("graph-bulk");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static readonly KeyValuePair<string, object>[] NoProperties = [];

    // Each node i links to (i * 7 + k) % nodes for k in 1..3: enough relationships for several of the feed's chunks.
    private const int Nodes = 9000;

    private static (long Start, long End, string Type)[] Expected() =>
        [.. Enumerable.Range(0, Nodes).SelectMany(i => Enumerable.Range(1, 3).Select(k => ((long)i, (long)((i * 7 + k) % Nodes), k == 2 ? "B" : "A")))];

    private static void Fill(BulkLoad load)
    {
        for (var i = 0; i < Nodes; i++)
        {
            load.AddNode(["N"], [new("i", (long)i)]);
        }
        foreach (var (start, end, type) in Expected())
        {
            load.AddRelationship(start, end, type, NoProperties);
        }
    }

    private static void AssertGraph(GraphSnapshot snapshot)
    {
        var expected = Expected();
        Assert.Equal(Nodes, snapshot.NodeCount);
        Assert.Equal(expected.Length, snapshot.RelationshipCount);
        Assert.Equal(expected, snapshot.AllRelationships().Select(r => (r.StartId, r.EndId, r.Type)));
        Assert.Equal(expected.Select((_, id) => (long)id), snapshot.AllRelationships().Select(r => r.Id));
        foreach (var node in new long[] { 0, 1, 4321, Nodes - 1 })
        {
            var outgoing = expected.Select((r, id) => (r, id)).Where(x => x.r.Start == node).Select(x => (long)x.id);
            var incomingA = expected.Select((r, id) => (r, id)).Where(x => x.r.End == node && x.r.Type == "A").Select(x => (long)x.id);
            Assert.Equal(outgoing, snapshot.Relationships(node, Direction.Outgoing).Select(r => r.Id).Order());
            Assert.Equal(incomingA, snapshot.Relationships(node, Direction.Incoming, ["A"]).Select(r => r.Id).Order());
        }
    }

    [Fact]
    public void Relationships_over_many_chunks_come_out_as_they_went_in_and_after_reopening()
    {
        using (var store = GraphStore.Open(_directory))
        {
            using var load = store.BeginBulkLoad(Nodes, 3 * Nodes);
            Fill(load);
            load.Commit();
            AssertGraph(store.Current);
        }

        using var reopened = GraphStore.Open(_directory);
        AssertGraph(reopened.Current);
    }

    [Fact]
    public void A_node_after_the_first_relationship_is_refused()
    {
        using var store = GraphStore.Open(null);
        using var load = store.BeginBulkLoad();
        var a = load.AddNode(["N"], NoProperties);
        load.AddRelationship(a, a, "SELF", NoProperties);

        var error = Assert.Throws<InvalidOperationException>(() => load.AddNode(["N"], NoProperties));

        Assert.Contains("before its first relationship", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_load_abandoned_after_its_relationships_leaves_the_store_empty_and_free()
    {
        using var store = GraphStore.Open(_directory);
        using (var load = store.BeginBulkLoad())
        {
            Fill(load);
        }

        Assert.Equal(0, store.Current.NodeCount);
        using (var load = store.BeginBulkLoad())
        {
            Fill(load);
            load.Commit();
        }
        AssertGraph(store.Current);
    }

    [Fact]
    public void A_unique_constraint_broken_by_the_load_is_refused_at_commit_and_nothing_is_written()
    {
        using var store = GraphStore.Open(_directory);
        using (var load = store.BeginBulkLoad())
        {
            for (var i = 0; i < 3; i++)
            {
                load.AddNode(["N"], [new("i", 1L)]);
            }
            load.AddRelationship(0, 1, "A", NoProperties);
            load.AddIndex(new IndexDefinition("n_i", "N", "i", Unique: true));

            Assert.Throws<CypherException>(load.Commit);
        }

        Assert.Equal(0, store.Current.NodeCount);
        using (var load = store.BeginBulkLoad())
        {
            Fill(load);
            load.Commit();
        }
        AssertGraph(store.Current);
    }
}
