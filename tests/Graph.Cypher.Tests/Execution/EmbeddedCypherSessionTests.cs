using Graph.Core.Cypher;
using Graph.Testing;

namespace Graph.Cypher.Tests.Execution;

/// <summary>The session contract: access modes, atomic statements and transactions, results, parameters, persistence.</summary>
public sealed class EmbeddedCypherSessionTests
{
    private static async Task<long> CountNodes(ICypherSession session) =>
        (long)(await session.RunAsync("MATCH (n) RETURN count(n) AS c", mode: CypherAccessMode.Read)).Single("c")!;

    [Fact]
    public async Task Backend_is_embedded()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        Assert.Equal("embedded", session.Backend);
    }

    [Theory]
    [InlineData("CREATE (n)")]
    [InlineData("MATCH (n) SET n.x = 1")]
    [InlineData("MERGE (n:P {id: 1})")]
    [InlineData("MATCH (n) DETACH DELETE n")]
    [InlineData("CREATE INDEX i IF NOT EXISTS FOR (n:P) ON (n.x)")]
    public async Task Read_mode_refuses_writing_statements(string query)
    {
        await using var session = EmbeddedCypherSession.Open(null);
        var error = await Assert.ThrowsAsync<CypherException>(() => session.RunAsync(query, mode: CypherAccessMode.Read));
        Assert.Equal(CypherErrorCodes.AccessMode, error.Code);
        Assert.StartsWith("Writing in read access mode not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_mode_runs_reads_and_explain_of_writes()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (:P {id: 1})");
        var read = await session.RunAsync("MATCH (n:P) RETURN n.id AS id", mode: CypherAccessMode.Read);
        Assert.Equal(1L, read.Single("id"));
        var plan = await session.RunAsync("EXPLAIN CREATE (n:P)", mode: CypherAccessMode.Read);
        Assert.Contains(plan.Column("plan"), line => ((string)line!).Contains("Create", StringComparison.Ordinal));
        Assert.Equal(1L, await CountNodes(session));
    }

    [Fact]
    public async Task A_failing_statement_changes_nothing()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (:P {id: 0})");
        var error = await Assert.ThrowsAsync<CypherException>(() => session.RunAsync("UNWIND [1, 2, 0] AS x CREATE (:P {id: 10 / x})"));
        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Equal(1L, await CountNodes(session));
    }

    [Fact]
    public async Task Unique_constraint_violation_rolls_back_the_statement()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE CONSTRAINT p_id IF NOT EXISTS FOR (n:P) REQUIRE n.id IS UNIQUE");
        await session.RunAsync("CREATE (:P {id: 'a'})");
        var error = await Assert.ThrowsAsync<CypherException>(() => session.RunAsync("CREATE (:P {id: 'b'}), (:P {id: 'a'})"));
        Assert.Equal(CypherErrorCodes.ConstraintValidationFailed, error.Code);
        Assert.Contains("already exists with label `P` and property `id` = 'a'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await CountNodes(session));
    }

    [Fact]
    public async Task Counters_report_changes()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        var created = await session.RunAsync("CREATE (a:P:Q {x: 1, y: 2})-[:R {w: 1}]->(b:P)");
        Assert.Equal(new CypherCounters(NodesCreated: 2, RelationshipsCreated: 1, PropertiesSet: 3, LabelsAdded: 3), created.Counters);
        var set = await session.RunAsync("MATCH (n:P) SET n.z = 1 REMOVE n:Q");
        Assert.Equal(new CypherCounters(PropertiesSet: 2, LabelsRemoved: 1), set.Counters);
        var deleted = await session.RunAsync("MATCH (n) DETACH DELETE n");
        Assert.Equal(new CypherCounters(NodesDeleted: 2, RelationshipsDeleted: 1), deleted.Counters);
        Assert.False((await session.RunAsync("MATCH (n) RETURN n")).Counters.ContainsUpdates);
    }

    [Fact]
    public async Task Results_use_Graph_Core_values()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        var result = await session.RunAsync(
            "CREATE p = (a:P {name: 'Ann', tags: ['x']})-[r:KNOWS {since: 2020}]->(b:P) RETURN a, r, p, [1, 'x'] AS list, {k: 1.5} AS map, id(a) AS id");
        var row = result.Records().Single();
        var node = Assert.IsType<CypherNode>(row["a"]);
        Assert.Equal(row["id"]!.ToString(), node.ElementId);
        Assert.Equal(["P"], node.Labels);
        Assert.Equal("Ann", node["name"]);
        Assert.Equal(["x"], Assert.IsType<List<object?>>(node["tags"]));
        var relationship = Assert.IsType<CypherRelationship>(row["r"]);
        Assert.Equal(("KNOWS", node.ElementId, 2020L), (relationship.Type, relationship.StartElementId, relationship["since"]));
        var path = Assert.IsType<CypherPath>(row["p"]);
        Assert.Equal(2, path.Nodes.Count);
        Assert.Equal(relationship, path.Relationships.Single(), CypherEntityComparer.Instance);
        Assert.Equal([1L, "x"], Assert.IsType<List<object?>>(row["list"]));
        Assert.Equal(1.5, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row["map"])["k"]);
    }

    [Fact]
    public async Task Parameters_accept_common_dotnet_shapes()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        var parameters = new Dictionary<string, object?>
        {
            ["int"] = 5,
            ["array"] = new[] { "a", "b" },
            ["rows"] = new List<Dictionary<string, object?>> { new() { ["id"] = "x", ["props"] = new Dictionary<string, object?> { ["n"] = 1.5f } } },
        };
        var result = await session.RunAsync("RETURN $int + 1 AS i, size($array) AS s, $rows[0].props.n AS n", parameters);
        Assert.Equal([6L, 2L, 1.5], result.Rows[0]);
    }

    [Fact]
    public async Task Cached_plans_run_again_with_new_parameters()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        for (var i = 0; i < 3; i++)
        {
            var result = await session.RunAsync("RETURN $x * 2 AS y", new Dictionary<string, object?> { ["x"] = i });
            Assert.Equal(i * 2L, result.Single("y"));
        }
    }

    [Fact]
    public async Task Explicit_transaction_commits_all_statements_and_sees_its_own_writes()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        var seen = await session.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAsync("CREATE (:P {id: 1})");
            await tx.RunAsync("CREATE (:P {id: 2})");
            return (long)(await tx.RunAsync("MATCH (n:P) RETURN count(n) AS c")).Single("c")!;
        });
        Assert.Equal(2L, seen);
        Assert.Equal(2L, await CountNodes(session));
    }

    [Fact]
    public async Task Explicit_transaction_rolls_back_when_the_callback_throws()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.ExecuteWriteAsync<int>(async tx =>
        {
            await tx.RunAsync("CREATE (:P {id: 1})");
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal(0L, await CountNodes(session));
    }

    [Fact]
    public async Task Explicit_transaction_rolls_back_when_a_caught_statement_failed()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        var error = await Assert.ThrowsAsync<CypherException>(() => session.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAsync("CREATE (:P {id: 1})");
            try
            {
                await tx.RunAsync("RETURN 1 / 0 AS x");
            }
            catch (CypherException)
            {
            }
            return 0;
        }));
        Assert.Equal("Neo.ClientError.Transaction.TransactionMarkedAsFailed", error.Code);
        Assert.Equal(0L, await CountNodes(session));
    }

    [Fact]
    public async Task Writing_through_the_session_inside_a_transaction_is_refused_instead_of_deadlocking()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.ExecuteWriteAsync(tx => session.RunAsync("CREATE (n)")));
    }

    [Fact]
    public async Task Reads_in_parallel_see_a_consistent_graph()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("UNWIND range(1, 100) AS i CREATE (:P {i: i})");
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                await session.RunAsync("UNWIND range(1, 10) AS i CREATE (:P {i: i}) WITH count(*) AS c MATCH (n:P) WITH n LIMIT 10 DETACH DELETE n");
            }
        });
        var reads = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
            (long)(await session.RunAsync("MATCH (n:P) RETURN count(n) AS c", mode: CypherAccessMode.Read)).Single("c")!)).ToList();
        await writer;
        // Each write adds ten and deletes ten in one transaction, so every snapshot has exactly 100.
        Assert.All(await Task.WhenAll(reads), count => Assert.Equal(100L, count));
    }

    [Fact]
    public async Task Committed_state_persists_across_reopen()
    {
        var directory = RepoPaths.NewTempDirectory("cypher-session");
        try
        {
            await using (var session = EmbeddedCypherSession.Open(directory))
            {
                await session.RunAsync("CREATE CONSTRAINT p_id IF NOT EXISTS FOR (n:P) REQUIRE n.id IS UNIQUE");
                await session.RunAsync("CREATE (:P {id: 'a', tags: ['t']})-[:R {w: 1.5}]->(:P {id: 'b'})");
                await Assert.ThrowsAsync<CypherException>(() => session.RunAsync("CREATE (:P {id: 'c'}) WITH 1 AS x RETURN 1 / 0"));
            }
            await using (var reopened = EmbeddedCypherSession.Open(directory))
            {
                var result = await reopened.RunAsync("MATCH (a:P)-[r:R]->(b:P) RETURN a.id AS a, a.tags AS tags, r.w AS w, b.id AS b");
                Assert.Equal(["a", new List<object?> { "t" }, 1.5, "b"], result.Rows.Single());
                Assert.Equal(2L, await CountNodes(reopened));
                var plan = await reopened.RunAsync("EXPLAIN MATCH (n:P {id: 'a'}) RETURN n");
                Assert.Contains(plan.Column("plan"), line => ((string)line!).Contains("NodeUniqueIndexSeek", StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Long_variable_length_chains_do_not_overflow_the_stack()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE INDEX chain_i FOR (n:C) ON (n.i)");
        await session.RunAsync("UNWIND range(1, 20000) AS i MERGE (a:C {i: i}) MERGE (b:C {i: i + 1}) CREATE (a)-[:N]->(b)");
        var result = await session.RunAsync("MATCH (:C {i: 1})-[:N*]->(b) RETURN count(b) AS reached, max(b.i) AS last");
        Assert.Equal([20000L, 20001L], result.Rows.Single());
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.RunAsync("RETURN 1", cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task Cancellation_stops_a_long_unwind_mid_list()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        // Without a check inside UNWIND this would build ten million rows of a cross product before noticing.
        var run = session.RunAsync("UNWIND range(1, 10000000) AS i UNWIND range(1, 10000000) AS j RETURN count(*)", cancellationToken: cancel.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    private sealed class CypherEntityComparer : IEqualityComparer<CypherRelationship>
    {
        public static CypherEntityComparer Instance { get; } = new();

        public bool Equals(CypherRelationship? x, CypherRelationship? y) =>
            x?.ElementId == y?.ElementId && x?.Type == y?.Type && x?.StartElementId == y?.StartElementId;

        public int GetHashCode(CypherRelationship obj) => obj.ElementId.GetHashCode(StringComparison.Ordinal);
    }
}
