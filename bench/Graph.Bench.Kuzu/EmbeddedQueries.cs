namespace Graph.Bench.Kuzu;

/// <summary>
/// The six queries for the embedded engine. Every one orders its rows completely (names and ids are unique), so the
/// two engines' answers can be compared row by row.
/// </summary>
internal static class EmbeddedQueries
{
    public static readonly BenchQuery[] All =
    [
        new("a", "pairs of a thesis (by name)", """
            MATCH (t:Thesis {name: $thesisName})-[:PAIRS_WITH]-(other:Thesis)
            RETURN DISTINCT other.id AS id, other.name AS name
            ORDER BY name
            """, ["thesisName"]),
        new("b", "person -> sources -> theses, top 10", """
            MATCH (:Person {id: $personId})-[:APPEARS_IN]->(:Source)-[:CLAIMS]->(t:Thesis)
            RETURN t.name AS thesis, count(*) AS sources
            ORDER BY sources DESC, thesis
            LIMIT 10
            """, ["personId"]),
        new("c", "depth-2 neighbourhood of a hub, 500 by id", """
            MATCH (hub:Source {id: $hubId})-[*1..2]-(n)
            WHERE n <> hub
            RETURN DISTINCT n.id AS id
            ORDER BY id
            LIMIT 500
            """, ["hubId"]),
        new("d", "shortest path length between two people", """
            MATCH (a:Person {id: $fromPersonId}), (b:Person {id: $toPersonId})
            MATCH p = shortestPath((a)-[*]-(b))
            RETURN length(p) AS hops
            """, ["fromPersonId", "toPersonId"]),
        new("e", "name contains, case-insensitive, 20 by name", """
            MATCH (n)
            WHERE (n:Person OR n:Thesis OR n:Tool) AND toLower(n.name) CONTAINS $term
            RETURN n.name AS name
            ORDER BY name
            LIMIT 20
            """, ["term"]),
        new("f", "top 10 tools by distinct mentioning sources", """
            MATCH (s:Source)-[:MENTIONS]->(t:Tool)
            RETURN t.name AS tool, count(DISTINCT s) AS sources
            ORDER BY sources DESC, tool
            LIMIT 10
            """, []),
    ];
}
