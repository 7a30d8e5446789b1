using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Execution;

/// <summary>
/// Once statements on a committed snapshot have read enough relationships, expansions read each relationship's ends
/// from the snapshot's arrays instead of its record. They must reach the same nodes in every direction, with self-loops,
/// after commits that delete, add and re-point relationships, and in a transaction that wrote some itself. The reference
/// is the same pattern with a relationship property to match, which always reads records.
/// </summary>
public sealed class RelationshipEndsTests
{
    private const int Nodes = 400;

    private static async Task<EmbeddedCypherSession> Graph()
    {
        var session = EmbeddedCypherSession.Open(null);
        // Node i points to i * 3 + k (mod Nodes) for k in 0..4, which makes self-loops (i = 0, k = 0 …) and shared ends.
        await session.RunAsync("""
            UNWIND range(0, $last) AS i CREATE (:N {i: i})
            WITH collect(i) AS all
            UNWIND all AS i MATCH (a:N {i: i})
            UNWIND range(0, 4) AS k MATCH (b:N {i: (i * 3 + k) % $nodes}) CREATE (a)-[:R {k: 1}]->(b)
            """, new Dictionary<string, object?> { ["last"] = (long)Nodes - 1, ["nodes"] = (long)Nodes });
        return session;
    }

    private static readonly string[] Patterns = ["(a)-[:R]->(b)", "(a)<-[:R]-(b)", "(a)-[:R]-(b)"];

    private static string ByEnds(string pattern) => $"MATCH {pattern.Replace("(a)", "(a:N)")} RETURN a.i AS a, b.i AS b ORDER BY a, b";

    private static string ByRecords(string pattern) => ByEnds(pattern.Replace("[:R]", "[:R {k: 1}]"));

    private static List<string> Rows(CypherResult result) => result.Rows.Select(row => $"{row[0]}-{row[1]}").ToList();

    private static async Task AssertSameAsRecords(ICypherSession session)
    {
        foreach (var pattern in Patterns)
        {
            var expected = Rows(await session.RunAsync(ByRecords(pattern)));
            // Enough runs that this snapshot crosses the threshold (16,384 relationships read) and builds its arrays.
            for (var run = 0; run < 10; run++)
            {
                Assert.Equal(expected, Rows(await session.RunAsync(ByEnds(pattern))));
            }
        }
    }

    [Fact]
    public async Task Expansions_reach_what_the_records_say_in_every_direction()
    {
        await using var session = await Graph();

        await AssertSameAsRecords(session);
        var loops = (await session.RunAsync("MATCH (a:N)-[:R]->(a) RETURN count(*) AS c")).Single("c");
        var loopsByRecords = (await session.RunAsync("MATCH (a:N)-[:R {k: 1}]->(a) RETURN count(*) AS c")).Single("c");
        Assert.Equal(loopsByRecords, loops);
        Assert.NotEqual(0L, loops);
    }

    [Fact]
    public async Task Commits_that_delete_add_and_repoint_relationships_are_followed()
    {
        await using var session = await Graph();
        await AssertSameAsRecords(session);

        await session.RunAsync("MATCH (a:N)-[r:R]->(b) WHERE (a.i + b.i) % 7 = 0 DELETE r");
        await AssertSameAsRecords(session);

        // New relationships have ids past the last snapshot's arrays; a new node too.
        await session.RunAsync("CREATE (z:N {i: 1000}) WITH z MATCH (a:N) WHERE a.i % 50 = 0 CREATE (a)-[:R {k: 1}]->(z), (z)-[:R {k: 1}]->(a)");
        await AssertSameAsRecords(session);
    }

    [Fact]
    public async Task A_transaction_expands_over_its_own_writes()
    {
        await using var session = await Graph();
        await AssertSameAsRecords(session);

        var inside = await session.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAsync("MATCH (a:N {i: 1})-[r:R]->() DELETE r");
            await tx.RunAsync("MATCH (a:N {i: 1}), (b:N {i: 2}) CREATE (a)-[:R {k: 1}]->(b)");
            return Rows(await tx.RunAsync("MATCH (a:N {i: 1})-[:R]->(b) RETURN a.i AS a, b.i AS b"));
        });

        Assert.Equal(["1-2"], inside);
        await AssertSameAsRecords(session);
    }
}
