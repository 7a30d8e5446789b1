// The six queries in Kuzu's Cypher dialect, with the same keys and parameters as the embedded engine's
// (bench/Graph.Bench.Kuzu/EmbeddedQueries.cs). Kuzu's differences: a node pattern names one table or a union of
// them (`(n:Person:Thesis:Tool)`, where Neo4j would test labels in WHERE), an untyped `[*1..2]` spans every
// relationship table and may walk back over the edge it came by (walk semantics: the hub is excluded on both
// sides), a shortest path is `[* SHORTEST 1..30]` (30 is Kuzu's default recursion limit, and it returns one
// path), and lower() is Kuzu's name for toLower().
export const queries = [
  {
    key: "a",
    cypher: `
      MATCH (t:Thesis {name: $thesisName})-[:PAIRS_WITH]-(other:Thesis)
      RETURN DISTINCT other.id AS id, other.name AS name
      ORDER BY name`,
    parameters: ["thesisName"],
  },
  {
    key: "b",
    cypher: `
      MATCH (:Person {id: $personId})-[:APPEARS_IN]->(:Source)-[:CLAIMS]->(t:Thesis)
      RETURN t.name AS thesis, count(*) AS sources
      ORDER BY sources DESC, thesis
      LIMIT 10`,
    parameters: ["personId"],
  },
  {
    key: "c",
    cypher: `
      MATCH (hub:Source {id: $hubId})-[*1..2]-(n)
      WHERE n <> hub
      RETURN DISTINCT n.id AS id
      ORDER BY id
      LIMIT 500`,
    parameters: ["hubId"],
  },
  {
    key: "d",
    cypher: `
      MATCH p = (a:Person {id: $fromPersonId})-[* SHORTEST 1..30]-(b:Person {id: $toPersonId})
      RETURN length(p) AS hops`,
    parameters: ["fromPersonId", "toPersonId"],
  },
  {
    key: "e",
    cypher: `
      MATCH (n:Person:Thesis:Tool)
      WHERE lower(n.name) CONTAINS $term
      RETURN n.name AS name
      ORDER BY name
      LIMIT 20`,
    parameters: ["term"],
  },
  {
    key: "f",
    cypher: `
      MATCH (s:Source)-[:MENTIONS]->(t:Tool)
      RETURN t.name AS tool, count(DISTINCT s) AS sources
      ORDER BY sources DESC, tool
      LIMIT 10`,
    parameters: [],
  },
];

// The trivial query a reopened database answers, as on the embedded side.
export const reopenQuery = "MATCH (p:Person {id: $personId}) RETURN p.name AS name";
