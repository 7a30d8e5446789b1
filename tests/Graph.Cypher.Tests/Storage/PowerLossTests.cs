using System.Text.Json;
using Graph.Core.Cypher;
using Graph.Cypher.Storage;
using Graph.Testing;

namespace Graph.Cypher.Tests.Storage;

/// <summary>
/// Power loss, as the disk sees it: a recorded run of commits is replayed cut at every byte of its log, with the
/// unsynced tail lost, zeroed or filled with garbage (a file whose length reached the disk before its data), and
/// with a checkpoint's new snapshot half written. Every cut must reopen to exactly the commits synced before it
/// (each commit syncs: its end is an fsync boundary), and take new commits after.
/// </summary>
public sealed class PowerLossTests : IDisposable
{
    private static readonly GraphStoreOptions NoCheckpointOnDispose = new() { CheckpointOnDispose = false };

    private static readonly string[] Commits =
    [
        "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
        "CREATE (:Person {id: 'ada', born: 1815, scores: [1.5, 2.5]})",
        "CREATE (:Tool {name: 'engine', note: 'difference'})",
        "MATCH (p:Person {id: 'ada'}), (t:Tool) CREATE (p)-[:BUILDS {page: 'ada.md', line: 3}]->(t)",
        "MATCH (p:Person {id: 'ada'}) SET p.born = null, p:Speaker, p.name = 'Ada Lovelace'",
        "UNWIND range(1, 20) AS i CREATE (:Person {id: 'p' + i, text: 'a sentence long enough to span pages ' + i})",
        "MATCH (p:Person) WHERE p.id STARTS WITH 'p1' DETACH DELETE p",
        "MATCH (t:Tool) CREATE (t)-[:USES]->(t) SET t.note = 'ünïcödé ✓'",
    ];

    private readonly string root = RepoPaths.NewTempDirectory("graph-power-loss");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Every_cut_of_the_log_reopens_to_the_commits_synced_before_it()
    {
        var (log, boundaries, states) = await RecordAsync();
        var opened = 0;

        for (var cut = boundaries[0]; cut <= log.Length; cut++)
        {
            var synced = boundaries.Count(boundary => boundary <= cut) - 1;
            Assert.Equal(states[synced], await ReopenAsync(log[..cut], $"lost after byte {cut}"));
            opened++;
            // The same cut with the file's length on disk but not its data: the rest of the commit reads as zeros or
            // garbage. Where those happen to be the commit's own bytes (a run of zeros), the commit is whole.
            var next = Array.Find(boundaries, boundary => boundary > cut);
            if (next > 0)
            {
                var zeroed = log[..next];
                Array.Clear(zeroed, cut, next - cut);
                Assert.Equal(states[zeroed.AsSpan().SequenceEqual(log.AsSpan(0, next)) ? synced + 1 : synced], await ReopenAsync(zeroed, $"zeros after byte {cut}"));
                var garbage = log[..next];
                new Random(cut).NextBytes(garbage.AsSpan(cut, next - cut));
                Assert.Equal(states[synced], await ReopenAsync(garbage, $"garbage after byte {cut}"));
                opened += 2;
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{Commits.Length} commits, {log.Length} log bytes: {opened} power losses replayed, each reopened to its synced commits.");
    }

    [Fact]
    public async Task A_cut_log_takes_new_commits_that_survive_the_next_reopen()
    {
        var (log, boundaries, states) = await RecordAsync();
        foreach (var cut in new[] { boundaries[3] + 5, boundaries[^2] + 1, log.Length - 1 })
        {
            var directory = Replay(log[..cut], snapshot: null);
            await using (var session = EmbeddedCypherSession.Over(GraphStore.Open(directory, NoCheckpointOnDispose)))
            {
                await session.RunAsync("CREATE (:Person {id: 'after the crash'})");
            }
            var synced = boundaries.Count(boundary => boundary <= cut) - 1;
            var state = await DumpAsync(directory);
            Assert.Contains("after the crash", state);
            Assert.StartsWith(states[synced].Split("\n--\n")[0].TrimEnd(']'), state);
        }
    }

    [Fact]
    public async Task A_checkpoint_cut_while_writing_its_snapshot_loses_nothing()
    {
        var (log, _, states) = await RecordAsync();
        // Checkpoint the whole run, keeping the new snapshot's bytes: they are what a power loss cuts.
        var full = Replay(log, snapshot: null);
        GraphStore.Open(full).Dispose();
        var snapshot = File.ReadAllBytes(Path.Combine(full, "graph.snapshot"));

        for (var cut = 0; cut < snapshot.Length; cut += Math.Max(1, snapshot.Length / 97))
        {
            // Before the rename: the log still holds every commit, and a torn graph.snapshot.tmp lies beside it.
            var directory = Replay(log, snapshot: null);
            File.WriteAllBytes(Path.Combine(directory, "graph.snapshot.tmp"), snapshot[..cut]);
            Assert.Equal(states[^1], await DumpAsync(directory));
        }
        // After the rename, before the log is cleared: snapshot and log both hold the commits, applied once.
        var both = Replay(log, snapshot);
        Assert.Equal(states[^1], await DumpAsync(both));
    }

    // Runs the commits on a fresh store, noting the log's length and the graph after each: one fsync boundary per commit.
    private async Task<(byte[] Log, int[] Boundaries, string[] States)> RecordAsync()
    {
        var directory = Path.Combine(root, "recorded");
        var boundaries = new List<int>();
        var states = new List<string>();
        await using (var session = EmbeddedCypherSession.Over(GraphStore.Open(directory, NoCheckpointOnDispose)))
        {
            boundaries.Add((int)new FileInfo(Path.Combine(directory, "graph.wal")).Length);
            states.Add(await DumpAsync(session));
            foreach (var statement in Commits)
            {
                await session.RunAsync(statement);
                boundaries.Add((int)new FileInfo(Path.Combine(directory, "graph.wal")).Length);
                states.Add(await DumpAsync(session));
            }
        }
        Assert.Equal(boundaries.Count, boundaries.Distinct().Count());
        return (File.ReadAllBytes(Path.Combine(directory, "graph.wal")), [.. boundaries], [.. states]);
    }

    private async Task<string> ReopenAsync(byte[] log, string what)
    {
        var directory = Replay(log, snapshot: null);
        try
        {
            return await DumpAsync(directory);
        }
        catch (Exception error)
        {
            throw new InvalidOperationException($"The store did not reopen with its log {what}: {error.Message}", error);
        }
    }

    private string Replay(byte[] log, byte[]? snapshot)
    {
        var directory = Path.Combine(root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "graph.wal"), log);
        if (snapshot is not null)
        {
            File.WriteAllBytes(Path.Combine(directory, "graph.snapshot"), snapshot);
        }
        return directory;
    }

    private static async Task<string> DumpAsync(string directory)
    {
        try
        {
            await using var session = EmbeddedCypherSession.Over(GraphStore.Open(directory, NoCheckpointOnDispose));
            return await DumpAsync(session);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // The graph as text: indexes, nodes (labels, properties by key) and relationships, in id order.
    private static async Task<string> DumpAsync(EmbeddedCypherSession session)
    {
        var nodes = await session.RunAsync("MATCH (n) RETURN id(n) AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id");
        var relationships = await session.RunAsync(
            "MATCH (a)-[r]->(b) RETURN id(r) AS id, id(a) AS start, type(r) AS type, properties(r) AS properties, id(b) AS end ORDER BY id");
        return Text(nodes) + "\n--\n" + Text(relationships) + "\n--\n" + string.Join(",", session.Store.Current.Indexes.Select(index => index.Name));
    }

    private static string Text(CypherResult result) => JsonSerializer.Serialize(result.Rows.Select(row => row.Select(Sorted).ToList()));

    private static object? Sorted(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => new SortedDictionary<string, object?>(map.ToDictionary(p => p.Key, p => Sorted(p.Value)), StringComparer.Ordinal),
        IReadOnlyList<object?> list => list.Select(Sorted).ToList(),
        _ => value,
    };
}
