// Every fact about a thesis with the page, line and sentence it came from: the audit trail for one claim.
// Parameters: $thesis: a thesis name or alias.
MATCH (t:Thesis)
WHERE toLower(t.name) = toLower($thesis)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($thesis))
MATCH (t)-[r]-(other)
RETURN type(r) AS relationship, labels(other)[0] AS label, coalesce(other.name, other.title, other.text) AS other,
       r.page AS page, r.line AS line, r.evidence AS evidence
ORDER BY page, line
