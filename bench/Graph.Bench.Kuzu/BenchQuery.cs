namespace Graph.Bench.Kuzu;

/// <summary>
/// One of the six queries in the embedded engine's dialect (Neo4j 5 Cypher). Its key and parameter names are the
/// same as the Kuzu version's in bench/kuzu/queries.mjs, so the report can pair them.
/// </summary>
internal sealed record BenchQuery(string Key, string Title, string Cypher, string[] Parameters);
