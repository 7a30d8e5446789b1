// Theses the wiki reads against each other, with the sentence that sets them in tension.
// Parameters: none.
MATCH (a:Thesis)-[c:CONTRASTS_WITH]->(b:Thesis)
RETURN a.name AS thesis, b.name AS readAgainst, c.evidence AS evidence, c.page AS page, c.line AS line
ORDER BY thesis, readAgainst
