// Which theses pair with a given thesis, who holds each, and the sentence that says they pair.
// Parameters: $thesis: a thesis name or alias, e.g. "taste is the bottleneck".
MATCH (t:Thesis)
WHERE toLower(t.name) = toLower($thesis)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($thesis))
MATCH (t)-[pair:PAIRS_WITH]-(other:Thesis)
OPTIONAL MATCH (holder:Person)-[:HOLDS]->(other)
RETURN other.name AS thesis, collect(DISTINCT holder.name) AS heldBy, pair.evidence AS evidence, pair.page AS page, pair.line AS line
ORDER BY thesis
