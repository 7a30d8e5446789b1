using System.CommandLine;
using System.Diagnostics;
using Graph.Cypher;
using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Csv;
using Graph.Import;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph load --nodes FILE… --relationships FILE…`: node and relationship CSV files with neo4j-admin import headers into
/// an empty embedded store, built in one pass and written as its snapshot, with the indexes of cypher/schema.cypher
/// built alongside (so the service starts on it without building them). Any error leaves the store as it was.
/// </summary>
internal static class LoadCommand
{
    public static Command Create(CliConsole console)
    {
        var data = CommonOptions.Data();
        var nodes = new Option<string[]>("--nodes")
        {
            Description = "A node CSV file (header: id:ID, optional :LABEL, properties such as name or age:int); Label:Label=FILE gives every node of the file those labels. Repeat for more files.",
            Arity = ArgumentArity.OneOrMore,
            Required = true,
        };
        var relationships = new Option<string[]>("--relationships")
        {
            Description = "A relationship CSV file (header: :START_ID, :END_ID, :TYPE, properties); TYPE=FILE gives rows without a type that one. Repeat for more files.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var delimiter = new Option<string>("--delimiter")
        {
            Description = "The field delimiter: one character, or TAB.",
            DefaultValueFactory = _ => ",",
        };
        var command = new Command("load", "Load node and relationship CSV files (neo4j-admin import headers) into an empty embedded store.")
        {
            data, nodes, relationships, delimiter,
        };
        command.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(console, async () =>
        {
            if (Delimiter(parse.GetValue(delimiter)) is not { } separator)
            {
                await console.Error.WriteLineAsync($"error: --delimiter must be one character other than a quote or a line break, or TAB; got '{parse.GetValue(delimiter)}'.").ConfigureAwait(false);
                return 1;
            }
            var nodeFiles = (parse.GetValue(nodes) ?? []).Select(InputFile.Parse).ToArray();
            var relationshipFiles = (parse.GetValue(relationships) ?? []).Select(InputFile.Parse).ToArray();
            if (nodeFiles.Concat(relationshipFiles).FirstOrDefault(f => !File.Exists(f.Path)) is { } missing)
            {
                await console.Error.WriteLineAsync($"error: {missing.Path} does not exist.").ConfigureAwait(false);
                return 1;
            }
            var directory = parse.GetRequiredValue(data);
            var started = Stopwatch.GetTimestamp();
            var schema = await SchemaIndexesAsync(cancellationToken).ConfigureAwait(false);
            using var store = GraphStore.Open(directory);
            var current = store.Current;
            if (current.NodeCount > 0 || current.RelationshipCount > 0)
            {
                await console.Error.WriteLineAsync(
                    $"error: {store.DataPath} already holds {current.NodeCount} nodes and {current.RelationshipCount} relationships; graph load only fills an empty store. Nothing was written: give a new --data directory, or remove this one first.").ConfigureAwait(false);
                return 1;
            }
            if (CsvBulkLoad.Run(store, nodeFiles, relationshipFiles, separator, schema, cancellationToken) is { } error)
            {
                await console.Error.WriteLineAsync($"error: {error}\nNothing was written to {store.DataPath}.").ConfigureAwait(false);
                return 1;
            }
            var (nodeCount, relationshipCount) = (store.Current.NodeCount, store.Current.RelationshipCount);
            await console.Output.WriteLineAsync(
                $"Loaded {nodeCount} nodes and {relationshipCount} relationships from {nodeFiles.Length + relationshipFiles.Length} files into {store.DataPath} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static char? Delimiter(string? text) => text switch
    {
        "TAB" or "\\t" or "\t" => '\t',
        { Length: 1 } when text[0] is not ('"' or '\n' or '\r') => text[0],
        _ => null,
    };

    /// <summary>The indexes and constraints cypher/schema.cypher declares, as the engine reads them (applied to a store in memory).</summary>
    private static async Task<IReadOnlyList<IndexDefinition>> SchemaIndexesAsync(CancellationToken cancellationToken)
    {
        await using var schema = EmbeddedCypherSession.Open(null);
        await GraphSchema.ApplyAsync(schema, cancellationToken).ConfigureAwait(false);
        return schema.Store.Current.Indexes;
    }
}
