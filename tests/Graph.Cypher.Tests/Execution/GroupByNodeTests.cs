using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Execution;

/// <summary>
/// An aggregation whose keys all read one node (<c>t.name</c>, <c>t, t.name</c>) finds a row's group by the node when it
/// reads a committed snapshot. Groups are still by value: two nodes with one name are one group, a missing property is
/// the null group, rows without the node group as null. The group state kept between runs starts every run empty, also
/// after a run whose reader stopped early.
/// </summary>
public sealed class GroupByNodeTests
{
    private static async Task<EmbeddedCypherSession> Graph()
    {
        var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("""
            CREATE (a:T {name: 'taste'}), (b:T {name: 'taste'}), (c:T {name: 'speed'}), (d:T),
                   (s1:S {n: 1}), (s2:S {n: 2}), (s3:S {n: 3})
            CREATE (s1)-[:C]->(a), (s2)-[:C]->(a), (s3)-[:C]->(a), (s1)-[:C]->(b), (s2)-[:C]->(c), (s3)-[:C]->(d), (s1)-[:C]->(d)
            """);
        return session;
    }

    private static List<string> Rows(CypherResult result) => result.Rows.Select(row => string.Join(",", row.Select(Format))).ToList();

    private static string Format(object? value) => value switch
    {
        null => "null",
        IEnumerable<object?> list => "[" + string.Join(" ", list.Select(Format)) + "]",
        _ => value.ToString()!,
    };

    [Fact]
    public async Task Nodes_with_one_name_are_one_group_and_a_missing_name_is_the_null_group()
    {
        await using var session = await Graph();
        const string query = "MATCH (:S)-[:C]->(t:T) RETURN t.name AS name, count(*) AS c ORDER BY c DESC, name";

        // Repeated: the second and third runs reuse the first run's kept state.
        for (var run = 0; run < 3; run++)
        {
            Assert.Equal(["taste,4", "null,2", "speed,1"], Rows(await session.RunAsync(query)));
        }
    }

    [Fact]
    public async Task Several_keys_of_one_node_and_other_aggregates_group_as_without_the_shortcut()
    {
        await using var session = await Graph();
        const string byNode = "MATCH (s:S)-[:C]->(t:T) RETURN t.name AS name, t:T AS isT, sum(s.n) AS total, collect(s.n) AS ns ORDER BY name";
        // A key that reads two variables is grouped by its values only.
        const string byValue = "MATCH (s:S)-[:C]->(t:T) RETURN t.name AS name, t:T AND s IS NOT NULL AS isT, sum(s.n) AS total, collect(s.n) AS ns ORDER BY name";

        var expected = Rows(await session.RunAsync(byValue));

        Assert.Equal(expected, Rows(await session.RunAsync(byNode)));
        Assert.Equal(expected, Rows(await session.RunAsync(byNode)));
        Assert.Equal(3, expected.Count);
    }

    [Fact]
    public async Task Rows_without_a_node_group_as_null()
    {
        await using var session = await Graph();
        const string query = "MATCH (s:S) OPTIONAL MATCH (s)-[:C]->(t:T {name: 'speed'}) RETURN t.name AS name, count(*) AS c ORDER BY name";

        Assert.Equal(["speed,1", "null,2"], Rows(await session.RunAsync(query)));
        Assert.Equal(["speed,1", "null,2"], Rows(await session.RunAsync(query)));
    }

    [Fact]
    public async Task Distinct_counts_start_from_zero_on_every_run_of_a_cached_plan()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        // Twelve tools, tool k mentioned by k + 1 sources, each source twice: more groups than a first run's arrays hold.
        await session.RunAsync("""
            UNWIND range(0, 11) AS k CREATE (t:Tool {name: 'tool ' + k})
            WITH t, k UNWIND range(0, k) AS j MERGE (s:Source {n: j}) CREATE (s)-[:M]->(t), (s)-[:M]->(t)
            """);
        const string query = "MATCH (s:Source)-[:M]->(t:Tool) RETURN t.name AS tool, count(DISTINCT s) AS sources, count(s) AS rows ORDER BY sources";
        var expected = Enumerable.Range(0, 12).Select(k => $"tool {k},{k + 1},{2 * (k + 1)}").ToList();

        for (var run = 0; run < 3; run++)
        {
            Assert.Equal(expected, Rows(await session.RunAsync(query)));
        }
    }

    [Fact]
    public async Task A_run_read_only_in_part_leaves_no_counts_for_the_next()
    {
        await using var session = await Graph();
        const string query = "MATCH (:S)-[:C]->(t:T) WITH t.name AS name, count(*) AS c LIMIT $first RETURN name, c ORDER BY c DESC";

        Assert.Single((await session.RunAsync(query, new Dictionary<string, object?> { ["first"] = 1L })).Rows);
        var all = await session.RunAsync(query, new Dictionary<string, object?> { ["first"] = 10L });

        Assert.Equal(["taste,4", "null,2", "speed,1"], Rows(all));
    }
}
