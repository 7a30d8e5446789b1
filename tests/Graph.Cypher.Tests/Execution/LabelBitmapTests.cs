using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Execution;

/// <summary>
/// Label tests switch from reading records to a committed snapshot's label bitmaps once they have tested a few
/// thousand nodes on it. The answers must be the record path's: on the snapshot tested, after commits that add and
/// remove labels, for nodes created after the bitmap was built, and in a transaction that changed labels itself.
/// </summary>
public sealed class LabelBitmapTests
{
    // Well past the tests a snapshot takes before its bitmaps are built (2,048), so every check below runs on bitmaps.
    private const int Nodes = 6000;

    // Counted with labels() rather than a label predicate: a list membership never reads a bitmap.
    private const string ByLabelPredicate = "MATCH (:Hub)-[:HAS]->(n) WHERE n:Even AND NOT n:Gone RETURN count(*) AS c";
    private const string ByLabelList = "MATCH (:Hub)-[:HAS]->(n) WHERE 'Even' IN labels(n) AND NOT 'Gone' IN labels(n) RETURN count(*) AS c";

    private static async Task<EmbeddedCypherSession> Graph()
    {
        var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE (:Hub)");
        await session.RunAsync(
            "MATCH (h:Hub) UNWIND range(0, $last) AS i CREATE (h)-[:HAS]->(n:Item {i: i}) WITH n, i WHERE i % 2 = 0 SET n:Even",
            new Dictionary<string, object?> { ["last"] = (long)Nodes - 1 });
        return session;
    }

    private static async Task<long> Count(ICypherSession session, string query) => (long)(await session.RunAsync(query)).Single("c")!;

    private static async Task AssertSameCount(ICypherSession session, long expected)
    {
        // Twice: the first run may cross the threshold part way, the second runs on bitmaps from its first test.
        Assert.Equal(expected, await Count(session, ByLabelPredicate));
        Assert.Equal(expected, await Count(session, ByLabelPredicate));
        Assert.Equal(expected, await Count(session, ByLabelList));
    }

    [Fact]
    public async Task A_label_predicate_over_many_nodes_answers_as_the_records_do()
    {
        await using var session = await Graph();

        await AssertSameCount(session, Nodes / 2);
        Assert.Equal(Nodes / 2, await Count(session, "MATCH (:Hub)-[:HAS]->(n) WHERE NOT n:Even RETURN count(*) AS c"));
        Assert.Equal(0L, await Count(session, "MATCH (:Hub)-[:HAS]->(n) WHERE n:Missing RETURN count(*) AS c"));
    }

    [Fact]
    public async Task Commits_that_add_and_remove_labels_are_seen_by_the_next_statement()
    {
        await using var session = await Graph();
        await AssertSameCount(session, Nodes / 2);

        await session.RunAsync("MATCH (n:Even) WHERE n.i < 100 SET n:Gone");
        await AssertSameCount(session, Nodes / 2 - 50);

        await session.RunAsync("MATCH (n:Item) WHERE n.i < 10 REMOVE n:Even, n:Gone");
        await AssertSameCount(session, Nodes / 2 - 50);

        // Nodes made after a bitmap was built have ids past its end.
        await session.RunAsync("MATCH (h:Hub) UNWIND range(1, 7) AS i CREATE (h)-[:HAS]->(:Item:Even {i: -i})");
        await AssertSameCount(session, Nodes / 2 - 50 + 7);

        await session.RunAsync("MATCH (n:Item) WHERE n.i = -3 DETACH DELETE n");
        await AssertSameCount(session, Nodes / 2 - 50 + 6);
    }

    [Fact]
    public async Task A_transaction_sees_its_own_label_changes_and_others_do_not_until_it_commits()
    {
        await using var session = await Graph();
        await AssertSameCount(session, Nodes / 2);

        var inside = await session.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAsync("MATCH (n:Even) WHERE n.i < 1000 SET n:Gone");
            var first = (long)(await tx.RunAsync(ByLabelPredicate)).Single("c")!;
            var second = (long)(await tx.RunAsync(ByLabelPredicate)).Single("c")!;
            return (first, second);
        });

        Assert.Equal((Nodes / 2 - 500L, Nodes / 2 - 500L), inside);
        await AssertSameCount(session, Nodes / 2 - 500);
    }

    [Fact]
    public async Task A_label_test_on_something_that_is_not_a_node_is_still_an_error_and_null_stays_null()
    {
        await using var session = await Graph();
        await AssertSameCount(session, Nodes / 2);

        var nulls = await session.RunAsync("OPTIONAL MATCH (n:Missing) RETURN n:Even AS even");
        var error = await Assert.ThrowsAsync<CypherException>(() => session.RunAsync("WITH 1 AS n RETURN n:Even AS even"));

        Assert.Equal([null], nulls.Column("even"));
        Assert.Contains("Node", error.Message, StringComparison.Ordinal);
    }
}
