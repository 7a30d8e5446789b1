using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Persistence;
using Graph.Testing;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

public sealed class PersistenceTests : IDisposable
{
    private static readonly GraphStoreOptions NoCheckpointOnDispose = new() { CheckpointOnDispose = false };

    private readonly string _directory = RepoPaths.NewTempDirectory("graph-storage");

    private string LogPath => Path.Combine(_directory, "graph.wal");

    private string SnapshotPath => Path.Combine(_directory, "graph.snapshot");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void Write(GraphStore store, Action<WriteTransaction> writes)
    {
        using var tx = store.BeginWrite();
        writes(tx);
        tx.Commit();
    }

    private static void WriteSampleGraph(GraphStore store)
    {
        Write(store, tx =>
        {
            tx.CreateIndex(UniquePersonId);
            tx.CreateIndex(new IndexDefinition("tool_name", "Tool", "name", Unique: false));
            var ada = tx.CreateNode(["Person"], Props(("id", "ada"), ("born", 1815L), ("scores", new[] { 1.5, 2.5 }), ("active", true)));
            var tool = tx.CreateNode(["Tool"], Props(("name", "engine")));
            tx.CreateRelationship(ada.Id, tool.Id, "BUILDS", Props(("page", "ada.md"), ("line", 3L)));
            tx.CreateRelationship(tool.Id, tool.Id, "USES", NoProps);
        });
        Write(store, tx =>
        {
            var temp = tx.CreateNode(["Temp"], NoProps);
            tx.DeleteNode(temp.Id);
            tx.SetNodeProperty(0, "born", null);
            tx.AddLabel(0, "Speaker");
        });
    }

    private static void AssertSampleGraph(GraphSnapshot snapshot)
    {
        Assert.Equal(2, snapshot.NodeCount);
        Assert.Equal(2, snapshot.RelationshipCount);
        var ada = snapshot.FindNodes("Person", "id", "ada").Single();
        Assert.Equal(["Person", "Speaker"], ada.Labels);
        Assert.False(ada.Properties.ContainsKey("born"));
        Assert.Equal([1.5, 2.5], Assert.IsAssignableFrom<IReadOnlyList<object?>>(ada.Properties["scores"]));
        Assert.Equal(true, ada.Properties["active"]);
        var builds = snapshot.Relationships(ada.Id, Direction.Outgoing, ["BUILDS"]).Single();
        Assert.Equal("ada.md", builds.Properties["page"]);
        Assert.Equal(3L, builds.Properties["line"]);
        Assert.Single(snapshot.Relationships(builds.EndId, Direction.Incoming, ["USES"]));
        Assert.Equal(2, snapshot.Degree(builds.EndId, Direction.Both));
        Assert.Equal(["person_id", "tool_name"], snapshot.Indexes.Select(i => i.Name));
        Assert.True(snapshot.HasIndex("Tool", "name"));
        Assert.Empty(snapshot.NodesWithLabel("Temp"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Committed_state_survives_reopen_from_log_or_snapshot(bool checkpointOnDispose)
    {
        var options = new GraphStoreOptions { CheckpointOnDispose = checkpointOnDispose };
        using (var store = GraphStore.Open(_directory, options))
        {
            WriteSampleGraph(store);
        }
        Assert.Equal(checkpointOnDispose, File.Exists(SnapshotPath));

        using var reopened = GraphStore.Open(_directory, options);

        AssertSampleGraph(reopened.Current);
    }

    [Fact]
    public void A_snapshot_reopens_with_the_same_adjacency_for_hubs_loops_and_several_types()
    {
        using (var store = GraphStore.Open(_directory))
        {
            Write(store, tx =>
            {
                var hub = tx.CreateNode(["Hub"], NoProps);
                var others = Enumerable.Range(0, 5).Select(_ => tx.CreateNode(["Leaf"], NoProps).Id).ToList();
                // Past 32 ids a side is kept as a tree; the types interleave so each node's runs must be regrouped.
                for (var i = 0; i < 90; i++)
                {
                    var other = others[i % others.Count];
                    var type = i % 3 == 0 ? "B" : "A";
                    if (i % 7 == 0)
                    {
                        tx.CreateRelationship(hub.Id, hub.Id, type, NoProps);
                    }
                    else if (i % 2 == 0)
                    {
                        tx.CreateRelationship(hub.Id, other, type, NoProps);
                    }
                    else
                    {
                        tx.CreateRelationship(other, hub.Id, type, NoProps);
                    }
                }
                tx.CreateNode(["Alone"], NoProps);
            });
        }
        Assert.True(File.Exists(SnapshotPath));
        using var reopened = GraphStore.Open(_directory);

        string[][] typeChoices = [[], ["A"], ["B"], ["B", "A"], ["C"]];
        foreach (var node in reopened.Current.AllNodes())
        {
            foreach (var direction in new[] { Direction.Outgoing, Direction.Incoming, Direction.Both })
            {
                foreach (var types in typeChoices)
                {
                    var ids = reopened.Current.Relationships(node.Id, direction, types).Select(r => r.Id).ToList();
                    Assert.Equal(ids.Order(), ids);
                    var expected = reopened.Current.AllRelationships()
                        .Where(r => types.Length == 0 || types.Contains(r.Type))
                        .Where(r => (direction != Direction.Incoming && r.StartId == node.Id) || (direction != Direction.Outgoing && r.EndId == node.Id))
                        .Select(r => r.Id);
                    Assert.Equal(expected, ids);
                    Assert.Equal(ids.Count, reopened.Current.Degree(node.Id, direction, types));
                }
            }
        }
        Assert.Equal(90, reopened.Current.RelationshipCount);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_reopened_store_keeps_one_copy_of_each_repeated_string_and_small_number(bool checkpointOnDispose)
    {
        var options = new GraphStoreOptions { CheckpointOnDispose = checkpointOnDispose };
        using (var store = GraphStore.Open(_directory, options))
        {
            Write(store, tx =>
            {
                var page = tx.CreateNode(["Source"], Props(("id", "page")));
                for (var i = 0; i < 3; i++)
                {
                    var thesis = tx.CreateNode(["Thesis"], Props(("id", "thesis " + i)));
                    tx.CreateRelationship(page.Id, thesis.Id, "CLAIMS", Props(("section", "Key " + "Takeaways"), ("line", 12L)));
                }
            });
        }

        using var reopened = GraphStore.Open(_directory, options);

        var claims = reopened.Current.AllRelationships().ToList();
        Assert.Equal(3, claims.Count);
        Assert.All(claims, claim => Assert.Equal("Key Takeaways", claim.Properties["section"]));
        Assert.All(claims, claim => Assert.Same(claims[0].Properties["section"], claim.Properties["section"]));
        Assert.All(claims, claim => Assert.Same(claims[0].Properties["line"], claim.Properties["line"]));
    }

    [Fact]
    public void Reopened_store_keeps_enforcing_constraints_and_never_reuses_ids()
    {
        using (var store = GraphStore.Open(_directory, NoCheckpointOnDispose))
        {
            WriteSampleGraph(store);
        }

        using var reopened = GraphStore.Open(_directory);
        using var tx = reopened.BeginWrite();
        Assert.Throws<Graph.Core.Cypher.CypherException>(() => tx.CreatePerson("ada"));
        // Ids 0-2 were used (2 by the deleted Temp node) and 0-1 for relationships.
        Assert.Equal(3, tx.CreateNode([], NoProps).Id);
        Assert.Equal(2, tx.CreateRelationship(0, 0, "R", NoProps).Id);
    }

    [Fact]
    public void Rolled_back_transactions_leave_nothing_on_disk()
    {
        using (var store = GraphStore.Open(_directory, NoCheckpointOnDispose))
        {
            Write(store, tx => tx.CreatePerson("kept"));
            var lengthAfterCommit = new FileInfo(LogPath).Length;
            using (var tx = store.BeginWrite())
            {
                tx.CreatePerson("dropped");
            }
            Assert.Equal(lengthAfterCommit, new FileInfo(LogPath).Length);
        }

        using var reopened = GraphStore.Open(_directory);
        Assert.Equal(["kept"], reopened.Current.AllNodes().Select(n => n.Properties["id"]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    public void A_torn_log_tail_is_dropped_and_earlier_commits_survive(int bytesCut)
    {
        using (var store = GraphStore.Open(_directory, NoCheckpointOnDispose))
        {
            Write(store, tx => tx.CreatePerson("first"));
            Write(store, tx => tx.CreatePerson("second"));
            Write(store, tx => tx.CreatePerson("torn"));
        }
        using (var log = new FileStream(LogPath, FileMode.Open))
        {
            log.SetLength(log.Length - bytesCut);
        }
        var tornLength = new FileInfo(LogPath).Length;

        using (var reopened = GraphStore.Open(_directory, NoCheckpointOnDispose))
        {
            Assert.Equal(["first", "second"], reopened.Current.AllNodes().Select(n => n.Properties["id"]));
            Assert.True(reopened.DiscardedLogBytes > 0);
            Assert.True(new FileInfo(LogPath).Length < tornLength);
            Write(reopened, tx => tx.CreatePerson("after"));
        }

        using var again = GraphStore.Open(_directory);
        Assert.Equal(["first", "second", "after"], again.Current.AllNodes().Select(n => n.Properties["id"]));
        Assert.Equal(0, again.DiscardedLogBytes);
    }

    [Fact]
    public void A_corrupt_last_record_is_treated_as_torn()
    {
        using (var store = GraphStore.Open(_directory, NoCheckpointOnDispose))
        {
            Write(store, tx => tx.CreatePerson("first"));
            Write(store, tx => tx.CreatePerson("flipped"));
        }
        var bytes = File.ReadAllBytes(LogPath);
        bytes[^2] ^= 0xFF;
        File.WriteAllBytes(LogPath, bytes);

        using var reopened = GraphStore.Open(_directory);

        Assert.Equal(["first"], reopened.Current.AllNodes().Select(n => n.Properties["id"]));
    }

    [Fact]
    public void A_second_open_of_the_same_directory_fails_naming_it()
    {
        using var first = GraphStore.Open(_directory);

        var error = Assert.Throws<DataDirectoryInUseException>(() => GraphStore.Open(_directory));

        Assert.Equal(
            $"The graph data directory '{Path.GetFullPath(_directory)}' is already open in another store of this process. Close that one first, or use another --data directory.",
            error.Message);
        Assert.Equal(Environment.ProcessId, error.Owner?.ProcessId);
    }

    [Fact]
    public void The_owner_file_masks_the_values_of_secret_options()
    {
        string[] arguments = ["serve", "--Neo4j:Password=hunter2", "--api-key", "k3y", "--data", "/tmp/d", "--urls", "http://127.0.0.1:5000"];

        Assert.Equal(["serve", "--Neo4j:Password=***", "--api-key", "***", "--data", "/tmp/d", "--urls", "http://127.0.0.1:5000"], DataDirectoryOwner.Masked(arguments));
    }

    [Fact]
    public void The_owner_file_goes_with_the_store_and_a_dead_owner_is_not_named()
    {
        var owner = Path.Combine(_directory, "graph.owner");
        using (GraphStore.Open(_directory))
        {
            Assert.StartsWith($"pid: {Environment.ProcessId}\n", File.ReadAllText(owner), StringComparison.Ordinal);
        }
        Assert.False(File.Exists(owner));

        // A lock held while graph.owner names a process that has exited (left by a crash, say): no stale name is given.
        using var held = new FileStream(Path.Combine(_directory, "graph.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        using var exited = System.Diagnostics.Process.Start("true")!;
        exited.WaitForExit();
        File.WriteAllText(owner, $"pid: {exited.Id}\ncommand: graph serve\naddress: http://127.0.0.1:1\n");
        var error = Assert.Throws<DataDirectoryInUseException>(() => GraphStore.Open(_directory));
        Assert.Null(error.Owner);
        Assert.DoesNotContain("http://127.0.0.1:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_directory_can_be_reopened_after_dispose()
    {
        GraphStore.Open(_directory).Dispose();

        using var again = GraphStore.Open(_directory);

        Assert.Equal(Path.GetFullPath(_directory), again.DataPath);
    }

    [Fact]
    public void A_large_log_is_folded_into_the_snapshot_during_commits()
    {
        var options = new GraphStoreOptions { CheckpointLogBytes = 4096, CheckpointOnDispose = false };
        using (var store = GraphStore.Open(_directory, options))
        {
            for (var i = 0; i < 100; i++)
            {
                Write(store, tx => tx.CreatePerson($"person:{i}"));
            }
            Assert.True(File.Exists(SnapshotPath));
            Assert.True(new FileInfo(LogPath).Length < 4096);
        }

        using var reopened = GraphStore.Open(_directory);
        Assert.Equal(100, reopened.Current.NodeCount);
        Assert.Single(reopened.Current.FindNodes("Person", "id", "person:99"));
    }

    [Fact]
    public void Log_records_already_in_the_snapshot_are_skipped()
    {
        // A checkpoint that stopped after writing the snapshot but before emptying the log leaves old
        // records behind; replaying them would bring back the node deleted after them.
        string[] ids;
        using (var store = GraphStore.Open(_directory))
        {
            Write(store, tx => tx.CreatePerson("a"));
            var logWithCreate = File.ReadAllBytes(LogPath);
            Write(store, tx => tx.DeleteNode(0));
            store.Dispose();
            File.WriteAllBytes(LogPath, logWithCreate);
        }

        using (var reopened = GraphStore.Open(_directory, NoCheckpointOnDispose))
        {
            Assert.Equal(0, reopened.Current.NodeCount);
            Write(reopened, tx => tx.CreatePerson("b"));
        }
        using (var again = GraphStore.Open(_directory))
        {
            ids = again.Current.AllNodes().Select(n => (string)n.Properties["id"]).ToArray();
        }

        Assert.Equal(["b"], ids);
    }

    [Fact]
    public void A_damaged_snapshot_is_an_error_naming_the_file()
    {
        using (var store = GraphStore.Open(_directory))
        {
            WriteSampleGraph(store);
        }
        var bytes = File.ReadAllBytes(SnapshotPath);
        bytes[bytes.Length / 2] ^= 0x55;
        File.WriteAllBytes(SnapshotPath, bytes);

        var error = Assert.Throws<InvalidDataException>(() => GraphStore.Open(_directory));

        Assert.Contains(SnapshotPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
        // The failed open released the directory lock.
        File.Delete(SnapshotPath);
        GraphStore.Open(_directory).Dispose();
    }

    [Fact]
    public void A_foreign_log_file_is_an_error_naming_the_file()
    {
        File.WriteAllText(LogPath, "this is not a write-ahead log at all");

        var error = Assert.Throws<InvalidDataException>(() => GraphStore.Open(_directory));

        Assert.Contains(LogPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_cut_inside_its_header_starts_empty()
    {
        File.WriteAllBytes(LogPath, [(byte)'G', (byte)'R']);

        using var store = GraphStore.Open(_directory);

        Assert.Equal(0, store.Current.NodeCount);
        Write(store, tx => tx.CreatePerson("x"));
    }

    [Fact]
    public void Commits_after_dispose_fail_and_nothing_is_lost()
    {
        var store = GraphStore.Open(_directory);
        Write(store, tx => tx.CreatePerson("kept"));
        var open = store.BeginWrite();
        open.CreatePerson("late");
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(open.Commit);
        Assert.Throws<ObjectDisposedException>(() => store.BeginWrite());
        using var reopened = GraphStore.Open(_directory);
        Assert.Equal(["kept"], reopened.Current.AllNodes().Select(n => n.Properties["id"]));
    }

    [Fact]
    public void Commits_in_a_batch_are_seen_at_once_and_survive_a_reopen_from_the_log()
    {
        var store = GraphStore.Open(_directory, NoCheckpointOnDispose);
        using (store.BatchCommits())
        {
            Write(store, tx => tx.CreatePerson("a"));
            Assert.Equal(["a"], store.Current.AllNodes().Select(n => n.Properties["id"])); // published before the batch ends
            using (store.BatchCommits())
            {
                Write(store, tx => tx.CreatePerson("b"));
            }
            Write(store, tx => tx.CreatePerson("c"));
        }
        store.Dispose();

        Assert.False(File.Exists(SnapshotPath)); // read back from the log alone
        using var reopened = GraphStore.Open(_directory);
        Assert.Equal(["a", "b", "c"], reopened.Current.AllNodes().Select(n => n.Properties["id"]).Order());
    }

    [Fact]
    public void A_batch_ended_after_its_store_closed_loses_nothing_and_a_closed_store_starts_none()
    {
        var store = GraphStore.Open(_directory, NoCheckpointOnDispose);
        var batch = store.BatchCommits();
        Write(store, tx => tx.CreatePerson("a"));
        store.Dispose();

        batch.Dispose();
        batch.Dispose();

        Assert.Throws<ObjectDisposedException>(store.BatchCommits);
        using var reopened = GraphStore.Open(_directory);
        Assert.Equal(["a"], reopened.Current.AllNodes().Select(n => n.Properties["id"]));
    }
}
