using CsCheck;
using Graph.Core.Cypher;
using Graph.Cypher.Storage;
using Graph.Testing;

namespace Graph.Cypher.Tests.Storage;

/// <summary>Random operation sequences, committed, rolled back and reopened, must match <see cref="StoreModel"/>.</summary>
public sealed class StoreModelPropertyTests
{
    private static readonly string[] Labels = ["A", "B"];
    private static readonly string[] Types = ["X", "Y"];
    private static readonly Direction[] Directions = [Direction.Outgoing, Direction.Incoming, Direction.Both];

    private static readonly Gen<(int Kind, int A, int B, int C)[]> Operations =
        Gen.Select(Gen.Int[0, 13], Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 1000]).Array[1, 80];

    [Fact]
    public void Random_operations_match_the_model_in_memory() =>
        Operations.Sample(operations => Run(operations, persistent: false), iter: 150);

    [Fact]
    public void Random_operations_match_the_model_across_reopen() =>
        Operations.Sample(operations => Run(operations, persistent: true), iter: 40);

    private static void Run((int Kind, int A, int B, int C)[] operations, bool persistent)
    {
        var directory = persistent ? RepoPaths.NewTempDirectory("graph-model") : null;
        // A small checkpoint threshold makes commits fold the log into snapshots now and then.
        var options = new GraphStoreOptions { SyncOnCommit = false, CheckpointLogBytes = 2048 };
        var store = GraphStore.Open(directory, options);
        try
        {
            var committed = new StoreModel();
            var model = committed.Clone();
            var tx = store.BeginWrite();
            foreach (var (kind, a, b, c) in operations)
            {
                switch (kind)
                {
                    case 11:
                        tx.Commit();
                        committed = model;
                        Compare(store.Current, committed);
                        tx = store.BeginWrite();
                        model = committed.Clone();
                        break;
                    case 12:
                        tx.Dispose();
                        Compare(store.Current, committed);
                        tx = store.BeginWrite();
                        model = committed.Clone();
                        break;
                    case 13 when persistent:
                        tx.Dispose();
                        store.Dispose();
                        store = GraphStore.Open(directory, options with { CheckpointOnDispose = c % 2 == 0 });
                        Compare(store.Current, committed);
                        tx = store.BeginWrite();
                        model = committed.Clone();
                        break;
                    default:
                        Apply(tx, model, kind, a, b, c);
                        break;
                }
            }
            Compare(tx.View, model);
            tx.Dispose();
        }
        finally
        {
            store.Dispose();
            if (directory is not null)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static object? Value(int c) => (c % 10) switch
    {
        < 4 => (long)(c % 10),
        < 8 => (double)(c % 10 - 4),
        8 => 0.5,
        _ => null,
    };

    private static void Apply(WriteTransaction tx, StoreModel model, int kind, int a, int b, int c)
    {
        var nodeIds = model.Nodes.Keys.ToList();
        var relationshipIds = model.Relationships.Keys.ToList();
        long? node = nodeIds.Count == 0 ? null : nodeIds[a % nodeIds.Count];
        switch (kind)
        {
            case 0 or 1:
            {
                var labels = Labels.Where((_, i) => ((b >> i) & 1) == 1).ToList();
                var value = Value(c);
                var properties = new Dictionary<string, object>();
                if (value is not null)
                {
                    properties["k"] = value;
                }
                var conflict = model.Conflict(-1, value, labels.Contains("A"));
                if (conflict is not null)
                {
                    var error = Assert.Throws<CypherException>(() => tx.CreateNode(labels, properties));
                    Assert.StartsWith($"Node({conflict}) already exists", error.Message, StringComparison.Ordinal);
                    return;
                }
                var created = tx.CreateNode(labels, properties);
                Assert.DoesNotContain(created.Id, model.Nodes.Keys);
                Assert.True(model.Nodes.Count == 0 || created.Id > model.Nodes.Keys.Max());
                model.Nodes.Add(created.Id, new ModelNode(created.Id, new SortedSet<string>(labels, StringComparer.Ordinal), properties));
                break;
            }
            case 2 or 3 when node is not null:
            {
                var end = nodeIds[b % nodeIds.Count];
                var created = tx.CreateRelationship(node.Value, end, Types[c % 2], new Dictionary<string, object>());
                model.Relationships.Add(created.Id, new ModelRelationship(created.Id, Types[c % 2], node.Value, end));
                break;
            }
            case 4 when node is not null:
            {
                var value = Value(c);
                var target = model.Nodes[node.Value];
                var conflict = model.Conflict(node.Value, value, target.Labels.Contains("A"));
                if (conflict is not null)
                {
                    Assert.Throws<CypherException>(() => tx.SetNodeProperty(node.Value, "k", value));
                    return;
                }
                tx.SetNodeProperty(node.Value, "k", value);
                if (value is null)
                {
                    target.Properties.Remove("k");
                }
                else
                {
                    target.Properties["k"] = value;
                }
                break;
            }
            case 5 when node is not null:
            {
                var label = Labels[b % 2];
                var target = model.Nodes[node.Value];
                var value = target.Properties.GetValueOrDefault("k");
                if (label == "A" && !target.Labels.Contains("A") && model.Conflict(node.Value, value, hasA: true) is not null)
                {
                    Assert.Throws<CypherException>(() => tx.AddLabel(node.Value, label));
                    return;
                }
                tx.AddLabel(node.Value, label);
                target.Labels.Add(label);
                break;
            }
            case 6 when node is not null:
            {
                var label = Labels[b % 2];
                tx.RemoveLabel(node.Value, label);
                model.Nodes[node.Value].Labels.Remove(label);
                break;
            }
            case 7 when node is not null:
                if (model.HasRelationships(node.Value))
                {
                    var error = Assert.Throws<CypherException>(() => tx.DeleteNode(node.Value));
                    Assert.Equal(CypherErrorCodes.DeleteAttachedNode, error.Code);
                    return;
                }
                tx.DeleteNode(node.Value);
                model.Nodes.Remove(node.Value);
                break;
            case 8 when relationshipIds.Count > 0:
            {
                var id = relationshipIds[b % relationshipIds.Count];
                tx.DeleteRelationship(id);
                model.Relationships.Remove(id);
                break;
            }
            case 9:
            {
                var definition = new IndexDefinition("a_k", "A", "k", Unique: true);
                if (!model.UniqueOnAk && model.HasDuplicateAk())
                {
                    Assert.Throws<CypherException>(() => tx.CreateIndex(definition));
                    return;
                }
                Assert.Equal(!model.UniqueOnAk, tx.CreateIndex(definition));
                model.UniqueOnAk = true;
                break;
            }
            case 10:
                Assert.Equal(model.UniqueOnAk, tx.DropIndex("a_k"));
                model.UniqueOnAk = false;
                break;
        }
    }

    private static void Compare(GraphSnapshot snapshot, StoreModel model)
    {
        Assert.Equal(model.Nodes.Count, snapshot.NodeCount);
        Assert.Equal(model.Relationships.Count, snapshot.RelationshipCount);
        Assert.Equal(model.Nodes.Keys, snapshot.AllNodes().Select(n => n.Id));
        Assert.Equal(model.Relationships.Keys, snapshot.AllRelationships().Select(r => r.Id));
        Assert.Equal(model.UniqueOnAk, snapshot.HasIndex("A", "k"));
        Assert.Equal(model.Nodes.Values.SelectMany(n => n.Labels).Distinct().Order(StringComparer.Ordinal), snapshot.Labels());
        Assert.Equal(model.Relationships.Values.Select(r => r.Type).Distinct().Order(StringComparer.Ordinal), snapshot.RelationshipTypes());
        foreach (var label in Labels)
        {
            Assert.Equal(model.Nodes.Values.Count(n => n.Labels.Contains(label)), snapshot.CountNodesWithLabel(label));
        }
        foreach (var type in Types)
        {
            Assert.Equal(model.Relationships.Values.Count(r => r.Type == type), snapshot.CountRelationshipsOfType(type));
        }
        foreach (var expected in model.Nodes.Values)
        {
            var actual = snapshot.GetNode(expected.Id)!;
            Assert.Equal(expected.Labels, actual.Labels.Order(StringComparer.Ordinal));
            Assert.Equal(expected.Properties.OrderBy(p => p.Key), actual.Properties.OrderBy(p => p.Key));
            foreach (var direction in Directions)
            {
                var want = model.Relationships.Values
                    .Where(r => direction switch
                    {
                        Direction.Outgoing => r.StartId == expected.Id,
                        Direction.Incoming => r.EndId == expected.Id,
                        _ => r.StartId == expected.Id || r.EndId == expected.Id,
                    })
                    .ToList();
                Assert.Equal(want.Select(r => r.Id), snapshot.Relationships(expected.Id, direction).Select(r => r.Id));
                Assert.Equal(want.Count, snapshot.Degree(expected.Id, direction));
                Assert.Equal(want.Where(r => r.Type == "X").Select(r => r.Id), snapshot.Relationships(expected.Id, direction, ["X"]).Select(r => r.Id));
            }
        }
        foreach (var relationship in model.Relationships.Values)
        {
            var actual = snapshot.GetRelationship(relationship.Id)!;
            Assert.Equal(relationship, new ModelRelationship(actual.Id, actual.Type, actual.StartId, actual.EndId));
        }
        for (var c = 0; c < 9; c++)
        {
            var value = Value(c)!;
            foreach (var label in Labels)
            {
                var want = model.Nodes.Values
                    .Where(n => n.Labels.Contains(label) && n.Properties.TryGetValue("k", out var k) && StoreModel.NumericEquals(k, value))
                    .Select(n => n.Id);
                Assert.Equal(want, snapshot.FindNodes(label, "k", value).Select(n => n.Id));
            }
        }
    }
}
