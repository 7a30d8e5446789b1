using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Execution;

/// <summary>
/// Once a compiled <c>n.key</c> has read a committed snapshot's nodes often enough, it reads the snapshot's column of
/// that key instead of each record. The values must be the records': missing keys null, lists as fresh lists, after
/// commits that set, remove and add, and in a transaction that wrote some itself. The reference is <c>properties(n)</c>,
/// which always reads the record.
/// </summary>
public sealed class PropertyColumnTests
{
    private const int Nodes = 3000;

    private static async Task<EmbeddedCypherSession> Graph()
    {
        var session = EmbeddedCypherSession.Open(null);
        // Every third node lacks the name; every fifth holds a list.
        await session.RunAsync("""
            UNWIND range(0, $last) AS i
            CREATE (n:N {i: i})
            SET n.name = CASE WHEN i % 3 = 0 THEN null WHEN i % 5 = 0 THEN ['a', toString(i)] ELSE 'name ' + i END
            """, new Dictionary<string, object?> { ["last"] = (long)Nodes - 1 });
        return session;
    }

    private const string ByColumn = "MATCH (n:N) RETURN n.i AS i, n.name AS name ORDER BY i";
    private const string ByRecord = "MATCH (n:N) RETURN n.i AS i, properties(n)['name'] AS name ORDER BY i";

    private static List<string> Rows(CypherResult result) => result.Rows.Select(row => $"{row[0]}={Format(row[1])}").ToList();

    private static string Format(object? value) => value switch
    {
        null => "null",
        IEnumerable<object?> list => "[" + string.Join(",", list) + "]",
        _ => value.ToString()!,
    };

    private static async Task AssertSameAsRecords(ICypherSession session)
    {
        var expected = Rows(await session.RunAsync(ByRecord));
        // Enough runs that this snapshot passes the reads before a column (4,096) and reads from it after.
        for (var run = 0; run < 4; run++)
        {
            Assert.Equal(expected, Rows(await session.RunAsync(ByColumn)));
        }
    }

    [Fact]
    public async Task Reads_from_the_column_answer_as_the_records_do()
    {
        await using var session = await Graph();

        await AssertSameAsRecords(session);
        var rows = await session.RunAsync("MATCH (n:N) WHERE n.i IN [5, 6] RETURN n.name AS name ORDER BY n.i");
        Assert.Equal(["[a,5]", "null"], rows.Column("name").Select(Format));
    }

    [Fact]
    public async Task A_list_read_from_the_column_is_a_new_list_each_time()
    {
        await using var session = await Graph();
        await AssertSameAsRecords(session);

        var rows = await session.RunAsync("MATCH (n:N {i: 10}) RETURN n.name AS first, n.name AS second");
        var first = Assert.IsAssignableFrom<IList<object?>>(rows.Single("first"));
        var second = Assert.IsAssignableFrom<IList<object?>>(rows.Single("second"));

        Assert.NotSame(first, second);
        first.Add("changed");
        Assert.Equal(["a", "10"], (await session.RunAsync("MATCH (n:N {i: 10}) RETURN n.name AS name")).Single("name") as IEnumerable<object?>);
    }

    [Fact]
    public async Task Commits_that_set_remove_and_add_are_seen_by_the_next_statement()
    {
        await using var session = await Graph();
        await AssertSameAsRecords(session);

        await session.RunAsync("MATCH (n:N) WHERE n.i % 7 = 0 SET n.name = 'renamed ' + n.i");
        await AssertSameAsRecords(session);

        await session.RunAsync("MATCH (n:N) WHERE n.i % 11 = 0 REMOVE n.name");
        await AssertSameAsRecords(session);

        // Nodes newer than the last column have ids past its end.
        await session.RunAsync("UNWIND range(1, 5) AS k CREATE (:N {i: $last + k, name: 'new ' + k})", new Dictionary<string, object?> { ["last"] = (long)Nodes });
        await AssertSameAsRecords(session);
    }

    [Fact]
    public async Task A_transaction_reads_its_own_writes()
    {
        await using var session = await Graph();
        await AssertSameAsRecords(session);

        var inside = await session.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAsync("MATCH (n:N {i: 1}) SET n.name = 'inside'");
            return (await tx.RunAsync("MATCH (n:N {i: 1}) RETURN n.name AS name")).Single("name");
        });

        Assert.Equal("inside", inside);
        await AssertSameAsRecords(session);
    }
}
