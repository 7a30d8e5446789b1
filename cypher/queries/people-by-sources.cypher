// Who appears in the most sources, in which roles.
// Parameters: $limit: how many people to list, e.g. 10.
MATCH (p:Person)-[a:APPEARS_IN]->(s:Source)
RETURN p.name AS person, count(DISTINCT s) AS sources, collect(DISTINCT a.role) AS roles
ORDER BY sources DESC, person
LIMIT $limit
