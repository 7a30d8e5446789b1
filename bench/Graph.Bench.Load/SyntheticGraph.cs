using Graph.Core.Cypher;

namespace Graph.Bench.Load;

/// <summary>
/// A deterministic synthetic graph written with Cypher: 50,000 sources on 50 shows, 2,000 people (two per source),
/// 500 theses (two claimed per source, held by people, some paired, "taste is the bottleneck" among them), 200 tools.
/// Every relationship carries provenance like an imported one. Same sizes, same graph, every run.
/// </summary>
internal static class SyntheticGraph
{
    public const int Sources = 50_000;
    public const int People = 2_000;
    public const int Theses = 500;
    public const int Tools = 200;
    public const int Shows = 50;
    private const int Batch = 5_000;

    public static async Task WriteAsync(ICypherSession session, CancellationToken cancellationToken)
    {
        await RunAsync(session, "UNWIND range(0, $n - 1) AS i CREATE (:Show {id: 'show:show-' + toString(i), name: 'Show ' + toString(i), aliases: []})", Shows, cancellationToken);
        await RunAsync(session, "UNWIND range(0, $n - 1) AS i CREATE (:Tool {id: 'tool:tool-' + toString(i), name: 'Tool ' + toString(i), aliases: []})", Tools, cancellationToken);
        await RunAsync(session, "UNWIND range(0, $n - 1) AS i CREATE (:Person {id: 'person:person-' + toString(i), name: 'Person ' + toString(i), aliases: []})", People, cancellationToken);
        await RunAsync(session, """
            UNWIND range(0, $n - 1) AS i
            CREATE (:Thesis {id: CASE i WHEN 0 THEN 'thesis:taste-is-the-bottleneck' ELSE 'thesis:thesis-' + toString(i) END,
                             name: CASE i WHEN 0 THEN 'taste is the bottleneck' ELSE 'thesis ' + toString(i) END, aliases: []})
            """, Theses, cancellationToken);
        // Thesis i pairs with i+1..i+3 (so the headline thesis has three pairings); person p holds theses p and p+7.
        await RunAsync(session, """
            UNWIND range(0, $n - 1) AS i
            MATCH (a:Thesis {id: CASE i WHEN 0 THEN 'thesis:taste-is-the-bottleneck' ELSE 'thesis:thesis-' + toString(i) END})
            UNWIND [1, 2, 3] AS k
            MATCH (b:Thesis {id: 'thesis:thesis-' + toString((i + k) % $n)})
            WHERE (i + k) % $n <> 0
            CREATE (a)-[:PAIRS_WITH {page: 'synthetic.md', line: i + 1, section: 'Related', evidence: 'Thesis ' + toString(i) + ' pairs with thesis ' + toString((i + k) % $n) + '.'}]->(b)
            """, Theses, cancellationToken);
        await RunAsync(session, """
            UNWIND range(0, $n - 1) AS p
            MATCH (person:Person {id: 'person:person-' + toString(p)})
            UNWIND [p % 500, (p + 7) % 500] AS t
            MATCH (thesis:Thesis {id: CASE t WHEN 0 THEN 'thesis:taste-is-the-bottleneck' ELSE 'thesis:thesis-' + toString(t) END})
            CREATE (person)-[:HOLDS {page: 'synthetic.md', line: p + 1, section: 'Key Takeaways', evidence: 'Person ' + toString(p) + ' holds it.'}]->(thesis)
            """, People, cancellationToken);
        for (var start = 0; start < Sources; start += Batch)
        {
            var parameters = new Dictionary<string, object?> { ["from"] = (long)start, ["to"] = (long)Math.Min(Sources, start + Batch) - 1 };
            await session.RunAsync("""
                UNWIND range($from, $to) AS i
                CREATE (s:Source {id: 'source:source-' + toString(i), title: 'Source ' + toString(i), kind: 'episode', page: 'sources/source-' + toString(i) + '.md', aliases: []})
                WITH s, i
                MATCH (show:Show {id: 'show:show-' + toString(i % 50)})
                CREATE (s)-[:PUBLISHED_ON {page: s.page, line: 1, section: 'Source', evidence: 'Published on show ' + toString(i % 50) + '.'}]->(show)
                WITH s, i
                UNWIND [i % 2000, (i * 7 + 3) % 2000] AS p
                MATCH (person:Person {id: 'person:person-' + toString(p)})
                CREATE (person)-[:APPEARS_IN {role: 'guest', page: s.page, line: 1, section: 'Source', evidence: 'With person ' + toString(p) + '.'}]->(s)
                """, parameters, CypherAccessMode.Write, cancellationToken);
            await session.RunAsync("""
                UNWIND range($from, $to) AS i
                MATCH (s:Source {id: 'source:source-' + toString(i)})
                UNWIND [i % 500, (i * 3 + 1) % 500] AS t
                MATCH (thesis:Thesis {id: CASE t WHEN 0 THEN 'thesis:taste-is-the-bottleneck' ELSE 'thesis:thesis-' + toString(t) END})
                MERGE (s)-[c:CLAIMS]->(thesis)
                ON CREATE SET c.page = s.page, c.line = 5, c.section = 'Key Takeaways', c.evidence = 'Source ' + toString(i) + ' argues it.'
                WITH s, i
                MATCH (tool:Tool {id: 'tool:tool-' + toString(i % 200)})
                MERGE (s)-[m:MENTIONS]->(tool)
                ON CREATE SET m.page = s.page, m.line = 7, m.section = 'Key Takeaways', m.evidence = 'Mentions tool ' + toString(i % 200) + '.'
                """, parameters, CypherAccessMode.Write, cancellationToken);
        }
    }

    private static Task RunAsync(ICypherSession session, string statement, int count, CancellationToken cancellationToken) =>
        session.RunAsync(statement, new Dictionary<string, object?> { ["n"] = (long)count }, CypherAccessMode.Write, cancellationToken);
}
