// Graph schema: one uniqueness constraint per label (and on the pages' bookkeeping nodes) on the stable id, which is also the index every
// importer MERGE and every id lookup uses, and one full-text index over the names and texts people search.
// Idempotent (IF NOT EXISTS); applied at start on both backends. The embedded engine accepts the full-text
// statement and builds nothing (it has no full-text search); Neo4j builds it.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT thesis_id IF NOT EXISTS FOR (n:Thesis) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tool_id IF NOT EXISTS FOR (n:Tool) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT show_id IF NOT EXISTS FOR (n:Show) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (n:Quote) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT practice_id IF NOT EXISTS FOR (n:Practice) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT question_id IF NOT EXISTS FOR (n:Question) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT page_id IF NOT EXISTS FOR (n:Page) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX node_text IF NOT EXISTS
FOR (n:Source|Person|Organization|Thesis|Tool|Show|Quote|Practice|Question) ON EACH [n.name, n.title, n.text];
