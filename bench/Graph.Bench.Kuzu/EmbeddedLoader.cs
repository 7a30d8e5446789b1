using Graph.Core.Cypher;

namespace Graph.Bench.Kuzu;

/// <summary>
/// Loads the CSVs into the embedded store the way the service writes: Cypher only. A uniqueness constraint on each
/// label's id first (as cypher/schema.cypher declares them, which is also the index the relationship MATCHes seek),
/// then <c>UNWIND $rows AS row CREATE …</c> in batches, each batch one committed transaction.
/// </summary>
internal static class EmbeddedLoader
{
    private const int BatchRows = 5_000;

    public static async Task LoadAsync(ICypherSession session, string directory, GraphManifest manifest)
    {
        foreach (var node in manifest.Nodes)
        {
            await session.RunAsync(
                $"CREATE CONSTRAINT {node.Label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{node.Label}) REQUIRE n.id IS UNIQUE");
        }
        foreach (var node in manifest.Nodes)
        {
            var properties = string.Join(", ", node.Columns.Select(column => $"{column}: row.{column}"));
            await RunInBatchesAsync(session, Path.Combine(directory, node.File), $"UNWIND $rows AS row CREATE (:{node.Label} {{{properties}}})");
        }
        foreach (var relationship in manifest.Relationships)
        {
            await RunInBatchesAsync(session, Path.Combine(directory, relationship.File), $$"""
                UNWIND $rows AS row
                MATCH (a:{{relationship.From}} {id: row.from})
                MATCH (b:{{relationship.To}} {id: row.to})
                CREATE (a)-[:{{relationship.Type}}]->(b)
                """);
        }
    }

    private static async Task RunInBatchesAsync(ICypherSession session, string csv, string statement)
    {
        foreach (var batch in ReadRows(csv).Chunk(BatchRows))
        {
            await session.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = batch });
        }
    }

    /// <summary>
    /// Rows as column → value maps, keyed by the header's property names (<c>id:ID</c> is id) and from/to for
    /// <c>:START_ID</c>/<c>:END_ID</c>; the generator guarantees no value needs CSV quoting.
    /// </summary>
    private static IEnumerable<Dictionary<string, object?>> ReadRows(string csv)
    {
        using var reader = new StreamReader(csv);
        var columns = (reader.ReadLine() ?? throw new InvalidDataException($"{csv} has no header.")).Split(',').Select(Key).ToArray();
        while (reader.ReadLine() is { } line)
        {
            var values = line.Split(',');
            var row = new Dictionary<string, object?>(columns.Length, StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                row[columns[i]] = values[i];
            }
            yield return row;
        }
    }

    private static string Key(string header) => header switch
    {
        ":START_ID" => "from",
        ":END_ID" => "to",
        _ => header.Split(':')[0],
    };
}
