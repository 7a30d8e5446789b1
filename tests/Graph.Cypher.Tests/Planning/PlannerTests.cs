using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Planning;

/// <summary>EXPLAIN output: which operators the planner picks.</summary>
public sealed class PlannerTests
{
    private static async Task<List<string>> Explain(ICypherSession session, string query) =>
        (await session.RunAsync("EXPLAIN " + query, mode: CypherAccessMode.Read)).Column("plan").Cast<string>().ToList();

    private static async Task<EmbeddedCypherSession> WithPersonConstraint()
    {
        var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE");
        return session;
    }

    [Theory]
    [InlineData("MATCH (n:Person {id: $id}) RETURN n")]
    [InlineData("MATCH (n:Person) WHERE n.id = $id RETURN n")]
    [InlineData("MATCH (n:Person) WHERE $id = n.id AND n.name IS NOT NULL RETURN n")]
    [InlineData("UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n += row.props")]
    [InlineData("UNWIND $rows AS row MATCH (a:Person {id: row.from}) MATCH (b:Source {id: row.to}) CREATE (a)-[r:APPEARS_IN]->(b) SET r = row.props")]
    public async Task Equality_on_an_indexed_property_becomes_an_index_seek(string query)
    {
        await using var session = await WithPersonConstraint();
        var plan = await Explain(session, query);
        Assert.Contains(plan, line => line.Contains("NodeUniqueIndexSeek(n:Person {id:", StringComparison.Ordinal)
            || line.Contains("NodeUniqueIndexSeek(a:Person {id: row.from})", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("AllNodesScan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_an_index_the_same_query_scans_the_label()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        var plan = await Explain(session, "MATCH (n:Person {id: $id}) RETURN n");
        Assert.Contains(plan, line => line.Contains("NodeByLabelAndPropertyScan(n:Person {id: $id})", StringComparison.Ordinal));
        await session.RunAsync("CREATE INDEX person_name FOR (n:Person) ON (n.id)");
        var indexed = await Explain(session, "MATCH (n:Person {id: $id}) RETURN n");
        Assert.Contains(indexed, line => line.Contains("NodeIndexSeek(n:Person {id: $id})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paths_start_from_the_anchored_end()
    {
        await using var session = await WithPersonConstraint();
        var plan = await Explain(session, "MATCH (s:Source)<-[:APPEARS_IN]-(p:Person {id: $id}) RETURN s");
        var seek = plan.FindIndex(line => line.Contains("NodeUniqueIndexSeek(p:Person", StringComparison.Ordinal));
        var expand = plan.FindIndex(line => line.Contains("Expand(All) (p)-[anon_", StringComparison.Ordinal) && line.Contains("]->(s)", StringComparison.Ordinal));
        Assert.True(seek > expand && expand >= 0, string.Join("\n", plan));
    }

    [Fact]
    public async Task Bound_ends_expand_into()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        var plan = await Explain(session, "MATCH (a), (b) MATCH (a)-[r]->(b) RETURN r");
        Assert.Contains(plan, line => line.Contains("Expand(Into) (a)-[r]->(b)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_lists_operators_root_first_with_nested_plans_indented()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        var plan = await Explain(session, "MATCH (p:Person) OPTIONAL MATCH (p)-[:HOLDS]->(t) WITH p, count(t) AS n ORDER BY n DESC LIMIT 3 RETURN p.name AS name, n");
        Assert.Equal("ProduceResults(name, n)", plan[0]);
        Assert.Equal("  Argument", plan[^1]);
        var names = plan.Select(line => line.Trim().Split('(')[0].Split(' ')[0]).ToList();
        Assert.Equal(["ProduceResults", "Projection", "Limit", "Top", "Projection", "EagerAggregation", "Optional", "Expand", "Argument", "NodeByLabelScan", "Argument"], names);
        Assert.StartsWith("    Expand(All)", plan[7], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_does_not_run_the_statement()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        await session.RunAsync("EXPLAIN CREATE (:P)");
        var plan = await Explain(session, "MATCH (n) DETACH DELETE n");
        Assert.Contains(plan, line => line.Contains("DetachDelete(n)", StringComparison.Ordinal));
        Assert.Equal(0L, (await session.RunAsync("MATCH (n) RETURN count(n) AS c")).Single("c"));
    }

    [Fact]
    public async Task Where_predicates_are_applied_as_soon_as_their_variables_are_bound()
    {
        await using var session = EmbeddedCypherSession.Open(null);
        var plan = await Explain(session, "MATCH (a:A)-[:R]->(b:B) WHERE a.x > 1 AND b.y > 2 RETURN b");
        var filterA = plan.FindIndex(line => line.Contains("Filter((a.x > 1))", StringComparison.Ordinal));
        var expand = plan.FindIndex(line => line.Contains("Expand(All)", StringComparison.Ordinal));
        var filterB = plan.FindIndex(line => line.Contains("Filter((b.y > 2))", StringComparison.Ordinal));
        Assert.True(filterB < expand && expand < filterA, string.Join("\n", plan));
    }

    /// <summary>
    /// The statement shape of the GraphQL translator (issue 15): each COLLECT body starts from the outer row, so its
    /// MATCH expands from the bound node instead of scanning the label. A graph with many sources and theses makes a
    /// scan the costly mistake it would be; the plans are listed under Subquery(...) lines after the main plan.
    /// </summary>
    [Fact]
    public async Task Collect_from_a_bound_node_expands_instead_of_scanning()
    {
        await using var session = await WithPersonConstraint();
        await session.RunAsync("""
            UNWIND range(1, 2000) AS i
            CREATE (:Source {id: 's' + i, title: 'title ' + i})-[:CLAIMS]->(:Thesis {id: 't' + i, name: 'thesis ' + i})
            """);
        await session.RunAsync("""
            CREATE (p:Person {id: 'p1', name: 'Ann'})
            WITH p MATCH (s:Source) WHERE s.id IN ['s7', 's42'] CREATE (p)-[:APPEARS_IN]->(s)
            """);
        const string query = """
            MATCH (this:Person {id: $p0})
            RETURN this { .name, appearsIn: COLLECT { MATCH (this)-[:APPEARS_IN]->(s:Source) RETURN s { .title, claims: COLLECT { MATCH (s)-[:CLAIMS]->(t:Thesis) RETURN t { .name } ORDER BY toUpper(t.name), t.id } } ORDER BY toUpper(s.title), s.id } } AS data
            """;

        var plan = await Explain(session, query);

        var subqueries = plan.FindIndex(line => line.StartsWith("Subquery(COLLECT", StringComparison.Ordinal));
        Assert.True(subqueries > 0, string.Join("\n", plan));
        var nested = plan[subqueries..];
        Assert.Equal(["Subquery(COLLECT, line 2, column 33)", "Subquery(COLLECT, line 2, column 109)"], nested.Where(line => line.StartsWith("Subquery", StringComparison.Ordinal)));
        Assert.Contains(nested, line => line.Contains("Expand(All) (this)-[", StringComparison.Ordinal) && line.Contains("]->(s)", StringComparison.Ordinal));
        Assert.Contains(nested, line => line.Contains("Expand(All) (s)-[", StringComparison.Ordinal) && line.Contains("]->(t)", StringComparison.Ordinal));
        Assert.DoesNotContain(nested, line => line.Contains("Scan", StringComparison.Ordinal));
        var result = await session.RunAsync(query, new Dictionary<string, object?> { ["p0"] = "p1" }, CypherAccessMode.Read);
        var data = (IReadOnlyDictionary<string, object?>)result.Single("data")!;
        var titles = ((IReadOnlyList<object?>)data["appearsIn"]!).Select(source => ((IReadOnlyDictionary<string, object?>)source!)["title"]);
        Assert.Equal(["title 42", "title 7"], titles);
    }
}
