using Graph.Core.Cypher;
using Graph.Testing;

namespace Graph.Cypher.Tests.Execution;

/// <summary>
/// The statements the rest of the service sends (schema script, analysts' query library, importer and
/// GraphQL shapes) run on the embedded engine and give the answers they are meant to.
/// </summary>
public sealed class ServiceStatementsTests
{
    private static async Task<EmbeddedCypherSession> SmallGraph()
    {
        var session = EmbeddedCypherSession.Open(null);
        foreach (var statement in CypherScript.Split(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "cypher", "schema.cypher"))))
        {
            await session.RunAsync(statement);
        }
        await Import(session, "Person", [("person:ann", new() { ["name"] = "Ann Lee", ["aliases"] = new List<object?> { "Lee" } }), ("person:bo", new() { ["name"] = "Bo" })]);
        await Import(session, "Source", [("source:talk", new() { ["title"] = "The Talk" }), ("source:essay", new() { ["title"] = "The Essay" })]);
        await Import(session, "Thesis", [("thesis:taste", new() { ["name"] = "taste is the bottleneck", ["aliases"] = new List<object?> { "taste is scarce" } }), ("thesis:speed", new() { ["name"] = "speed wins" })]);
        await Import(session, "Tool", [("tool:editor", new() { ["name"] = "Editor" })]);
        await Relate(session, "Person", "APPEARS_IN", "Source", [("person:ann", "source:talk", "host"), ("person:ann", "source:essay", "author"), ("person:bo", "source:talk", "guest")]);
        await Relate(session, "Thesis", "PAIRS_WITH", "Thesis", [("thesis:taste", "thesis:speed", null)]);
        await Relate(session, "Thesis", "CONTRASTS_WITH", "Thesis", [("thesis:speed", "thesis:taste", null)]);
        await Relate(session, "Person", "HOLDS", "Thesis", [("person:bo", "thesis:speed", null)]);
        await Relate(session, "Source", "MENTIONS", "Tool", [("source:talk", "tool:editor", null), ("source:essay", "tool:editor", null)]);
        await Relate(session, "Person", "BUILDS", "Tool", [("person:bo", "tool:editor", null)]);
        return session;
    }

    private static Task Import(ICypherSession session, string label, (string Id, Dictionary<string, object?> Props)[] nodes) =>
        session.RunAsync($"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props", new Dictionary<string, object?>
        {
            ["rows"] = nodes.Select(node => (object?)new Dictionary<string, object?> { ["id"] = node.Id, ["props"] = node.Props }).ToList(),
        });

    private static Task Relate(ICypherSession session, string from, string type, string to, (string From, string To, string? Role)[] pairs) =>
        session.RunAsync(
            $"UNWIND $rows AS row MATCH (a:{from} {{id: row.from}}) MATCH (b:{to} {{id: row.to}}) CREATE (a)-[r:{type}]->(b) SET r = row.props",
            new Dictionary<string, object?>
            {
                ["rows"] = pairs.Select((pair, i) => (object?)new Dictionary<string, object?>
                {
                    ["from"] = pair.From,
                    ["to"] = pair.To,
                    ["props"] = new Dictionary<string, object?> { ["page"] = "p.md", ["line"] = (long)i + 1, ["evidence"] = $"{pair.From} {type} {pair.To}", ["role"] = pair.Role },
                }).ToList(),
            });

    [Fact]
    public async Task Schema_script_is_idempotent()
    {
        await using var session = await SmallGraph();
        foreach (var statement in CypherScript.Split(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "cypher", "schema.cypher"))))
        {
            await session.RunAsync(statement);
        }
        var indexes = await session.RunAsync("SHOW CONSTRAINTS");
        Assert.Equal(10, indexes.Rows.Count); // one per label of the graph model (nine) and the pages' bookkeeping nodes
    }

    [Fact]
    public async Task Every_library_query_is_accepted()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.CypherQueries, "*.cypher"))
        {
            var query = await File.ReadAllTextAsync(file);
            Assert.True(CypherSyntax.TryParse(query, out var error), $"{Path.GetFileName(file)}: {error?.Message}");
        }
    }

    [Fact]
    public async Task People_by_sources()
    {
        await using var session = await SmallGraph();
        var result = await session.RunAsync(await Library("people-by-sources"), new Dictionary<string, object?> { ["limit"] = 10 });
        Assert.Equal(["person", "sources", "roles"], result.Columns);
        Assert.Equal(["Ann Lee", 2L], result.Rows[0].Take(2));
        Assert.Equal(["host", "author"], Assert.IsType<List<object?>>(result.Rows[0][2]));
        Assert.Equal(["Bo", 1L], result.Rows[1].Take(2));
    }

    [Fact]
    public async Task Theses_pairing_with_a_thesis_by_alias()
    {
        await using var session = await SmallGraph();
        var result = await session.RunAsync(await Library("theses-pairing-with"), new Dictionary<string, object?> { ["thesis"] = "Taste Is Scarce" });
        var row = result.Records().Single();
        Assert.Equal("speed wins", row["thesis"]);
        Assert.Equal(["Bo"], Assert.IsType<List<object?>>(row["heldBy"]));
    }

    [Fact]
    public async Task Tools_by_mentions_and_contrasting_theses()
    {
        await using var session = await SmallGraph();
        var tools = await session.RunAsync(await Library("tools-by-mentions"));
        Assert.Equal(["Editor", 2L, new List<object?> { "Bo" }], tools.Rows.Single());
        var contrasts = await session.RunAsync(await Library("contrasting-theses"));
        Assert.Equal(["speed wins", "taste is the bottleneck"], contrasts.Rows.Single().Take(2));
    }

    [Fact]
    public async Task Evidence_for_a_thesis_lists_every_fact()
    {
        await using var session = await SmallGraph();
        var result = await session.RunAsync(await Library("evidence-for-thesis"), new Dictionary<string, object?> { ["thesis"] = "taste is the bottleneck" });
        Assert.Equal(["CONTRASTS_WITH", "PAIRS_WITH"], result.Column("relationship").Order().ToList());
    }

    [Fact]
    public async Task Batched_hops_return_far_ends_per_id()
    {
        await using var session = await SmallGraph();
        var result = await session.RunAsync(
            "UNWIND $ids AS id MATCH (n:Person {id: id})-[:APPEARS_IN]->(m:Source) RETURN DISTINCT id, m",
            new Dictionary<string, object?> { ["ids"] = new List<object?> { "person:ann", "person:bo", "person:none" } });
        var pairs = result.Rows.Select(row => $"{row[0]}>{((CypherNode)row[1]!)["id"]}").Order().ToList();
        Assert.Equal(["person:ann>source:essay", "person:ann>source:talk", "person:bo>source:talk"], pairs);
    }

    [Fact]
    public async Task Person_lookup_ranks_name_alias_and_last_name()
    {
        await using var session = await SmallGraph();
        const string query = """
            MATCH (p:Person)
            WITH p, CASE
                WHEN p.id = $id OR toLower(p.name) = toLower($name) THEN 0
                WHEN any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($name)) THEN 1
                WHEN toLower(p.name) ENDS WITH ' ' + toLower($name) THEN 2
              END AS rank
            WHERE rank IS NOT NULL
            RETURN p, rank
            ORDER BY rank, p.name
            LIMIT 3
            """;
        var result = await session.RunAsync(query, new Dictionary<string, object?> { ["id"] = "person:lee", ["name"] = "Lee" }, CypherAccessMode.Read);
        var row = result.Rows.Single();
        Assert.Equal(("Ann Lee", 1L), (((CypherNode)row[0]!)["name"], row[1]));
    }

    [Fact]
    public async Task Reimporting_a_page_replaces_its_relationships_and_drops_orphans()
    {
        await using var session = await SmallGraph();
        await session.ExecuteWriteAsync(async tx =>
        {
            var page = new Dictionary<string, object?> { ["page"] = "p.md" };
            await tx.RunAsync("MATCH ()-[r]->() WHERE r.page = $page DELETE r", page);
            await tx.RunAsync("MATCH (s:Source) WHERE s.page = $page SET s.page = null, s.contentHash = null, s.importKey = null", page);
            await tx.RunAsync("MATCH (n) WHERE NOT EXISTS { (n)--() } AND n.page IS NULL DELETE n");
            return 0;
        });
        var counts = await session.RunAsync("MATCH (n) RETURN count(n) AS nodes UNION ALL MATCH ()-[r]->() RETURN count(r) AS nodes");
        Assert.Equal([0L, 0L], counts.Column("nodes"));
    }

    [Fact]
    public async Task Stats_statements()
    {
        await using var session = await SmallGraph();
        var labels = await session.RunAsync("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label");
        Assert.Equal(["Person", "Source", "Thesis", "Tool"], labels.Column("label"));
        var types = await session.RunAsync("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS relationships ORDER BY type");
        Assert.Equal([3L, 1L, 1L, 1L, 2L, 1L], types.Column("relationships"));
    }

    [Fact]
    public async Task Importing_many_rows_through_the_unique_index()
    {
        await using var session = await SmallGraph();
        var rows = Enumerable.Range(0, 5000)
            .Select(i => (object?)new Dictionary<string, object?> { ["id"] = $"person:p{i}", ["props"] = new Dictionary<string, object?> { ["name"] = $"P {i}" } })
            .ToList();
        await session.RunAsync("UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n += row.props", new Dictionary<string, object?> { ["rows"] = rows });
        await session.RunAsync("UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n += row.props", new Dictionary<string, object?> { ["rows"] = rows });
        var count = await session.RunAsync("MATCH (n:Person) RETURN count(n) AS c");
        Assert.Equal(5002L, count.Single("c"));
    }

    private static Task<string> Library(string name) => File.ReadAllTextAsync(Path.Combine(RepoPaths.CypherQueries, name + ".cypher"));
}
