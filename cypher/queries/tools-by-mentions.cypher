// Which tools the wiki mentions most, and who builds them.
// Parameters: none.
MATCH (s:Source)-[:MENTIONS]->(tool:Tool)
OPTIONAL MATCH (builder:Person)-[:BUILDS]->(tool)
RETURN tool.name AS tool, count(DISTINCT s) AS sources, collect(DISTINCT builder.name) AS builtBy
ORDER BY sources DESC, tool
