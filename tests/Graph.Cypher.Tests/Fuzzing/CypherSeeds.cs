using System.Text.RegularExpressions;
using Graph.Testing;

namespace Graph.Cypher.Tests.Fuzzing;

/// <summary>
/// Valid statements to mutate: a few written here, the analysts' library (cypher/queries) and, when ../shared holds
/// the openCypher TCK, every query of its scenarios (read at run time, never copied into the repository).
/// </summary>
internal static partial class CypherSeeds
{
    private static readonly string[] Written =
    [
        "MATCH (p:Person)-[:HOLDS]->(t:Thesis) RETURN p.name, t.name ORDER BY p.name LIMIT 5",
        "MATCH (a)-[r*1..3]-(b) WHERE a.name STARTS WITH 'A' RETURN DISTINCT b, length(r) AS hops",
        "OPTIONAL MATCH (n:Tool {name: $name}) RETURN coalesce(n.name, 'none') AS name",
        "UNWIND [1, 2, 3] AS x WITH x WHERE x % 2 = 1 RETURN collect(x) AS odd, sum(x) AS total",
        "MATCH p = shortestPath((a:Person)-[*..4]-(b:Person)) WHERE a <> b RETURN nodes(p), relationships(p)",
        "RETURN CASE WHEN 1 < 2 THEN [x IN range(0, 5) WHERE x > 2 | x * x] ELSE null END AS squares",
        "MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WHERE m.age > 20 } RETURN count(*) AS c",
        "WITH {a: 1, b: [1, 'two', 3.0]} AS m RETURN m.a, m['b'][1..], keys(m), reduce(s = 0, v IN [1, 2] | s + v)",
        "MATCH (n:Person) RETURN n { .name, degree: COUNT { (n)--() } } AS card ORDER BY card.name DESC SKIP 1",
        "MATCH (n:Person) RETURN n { .name, knows: COLLECT { MATCH (n)-[:KNOWS]->(m) RETURN DISTINCT m { .name } ORDER BY m.name SKIP $s LIMIT 3 } }",
        "RETURN toLower('ÄB'), size('x'), 2 ^ 10, -9223372036854775808, 0x1F, 1.5e3, 'a' =~ 'A.*', null IS NULL",
        "MATCH (a:Person) WITH a, count { (a)-[:KNOWS]->() } AS k WHERE k >= 0 RETURN a.name AS name UNION ALL RETURN 'x' AS name",
        "CREATE (n:Person {name: 'Eve'})-[:KNOWS]->(m) SET n.age = 3 REMOVE m:Tool DETACH DELETE n",
        "MERGE (t:Tool {name: 'Codex'}) ON CREATE SET t.created = true ON MATCH SET t += {seen: 1}",
        "EXPLAIN MATCH (n:Person {name: 'Ann'}) RETURN n",
        "CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)",
        "SHOW INDEXES",
    ];

    public static IReadOnlyList<string> All { get; } = Load();

    private static List<string> Load()
    {
        var seeds = new List<string>(Written);
        seeds.AddRange(Directory.GetFiles(RepoPaths.CypherQueries, "*.cypher").Select(File.ReadAllText));
        if (RepoPaths.Shared is { } shared && Directory.Exists(Path.Combine(shared, "tck", "features")))
        {
            foreach (var feature in Directory.EnumerateFiles(Path.Combine(shared, "tck", "features"), "*.feature", SearchOption.AllDirectories))
            {
                seeds.AddRange(DocString().Matches(File.ReadAllText(feature)).Select(m => m.Groups[1].Value));
            }
        }
        return seeds.Distinct(StringComparer.Ordinal).ToList();
    }

    // A Gherkin doc string: the text between two """ lines.
    [GeneratedRegex("\"\"\"\\n(.*?)\\n\\s*\"\"\"", RegexOptions.Singleline)]
    private static partial Regex DocString();
}
