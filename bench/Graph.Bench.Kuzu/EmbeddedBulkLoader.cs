using Graph.Cypher;
using Graph.Cypher.Storage.Csv;
using Graph.Import;

namespace Graph.Bench.Kuzu;

/// <summary>
/// Loads the CSVs into the empty embedded store through its bulk path, the code `graph load` runs
/// (<see cref="CsvBulkLoad"/>) with the indexes of cypher/schema.cypher, as `graph load` builds them: the counterpart of
/// Kuzu's CREATE TABLE and COPY, timed the same way (in the process, from an open empty database to the data durable).
/// </summary>
internal static class EmbeddedBulkLoader
{
    public static async Task LoadAsync(EmbeddedCypherSession session, string directory, GraphManifest manifest)
    {
        await using var schema = EmbeddedCypherSession.Open(null);
        await GraphSchema.ApplyAsync(schema);
        var nodes = manifest.Nodes.Select(node => new InputFile(Path.Combine(directory, node.File), node.Label)).ToArray();
        var relationships = manifest.Relationships.Select(r => new InputFile(Path.Combine(directory, r.File), r.Type)).ToArray();
        if (CsvBulkLoad.Run(session.Store, nodes, relationships, ',', schema.Store.Current.Indexes) is { } error)
        {
            throw new InvalidDataException($"The bulk load stopped: {error}");
        }
    }
}
