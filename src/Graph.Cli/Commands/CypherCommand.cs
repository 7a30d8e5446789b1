using System.CommandLine;
using Graph.Cli.Output;
using Graph.Core.Cypher;
using Graph.Import;

namespace Graph.Cli.Commands;

/// <summary>`graph cypher QUERY`: runs Cypher against the store and prints the rows as a table, JSON or CSV.</summary>
internal static class CypherCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string?>("QUERY") { Description = "The Cypher statement to run.", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<FileInfo?>("--file", "-f") { Description = "Read the statement(s) from a .cypher file instead (e.g. cypher/queries/*.cypher)." };
        var data = CommonOptions.Data();
        var store = CommonOptions.Store();
        var format = CommonOptions.Choice("--format", "Output format.", ResultFormat.Table);
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "A query parameter as name=value; the value is read as JSON when it parses (42, true, [1,2], \"text\"), else as a string.",
            AllowMultipleArgumentsPerToken = false,
        };
        var write = new Option<bool>("--write")
        {
            Description = "Allow statements that change the graph (read-only without it). The wiki stays the source of truth: see what `graph import` keeps.",
        };
        var importFolder = new Option<string?>("--import-dir")
        {
            Description = "The folder LOAD CSV reads file:/// URLs from (default: import inside --data). Neo4j (--store neo4j) uses its own import directory.",
        };
        var command = new Command("cypher", "Run a Cypher statement against the graph (read-only unless --write).")
        {
            query, file, data, store, format, parameters, write, importFolder,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(query) is null) == (result.GetValue(file) is null))
            {
                result.AddError("Give either a QUERY or --file, not both or neither.");
            }
        });
        command.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(console, async () =>
        {
            var statements = parse.GetValue(file) is { } f ? CypherScript.Split(await File.ReadAllTextAsync(f.FullName, cancellationToken).ConfigureAwait(false)) : [parse.GetValue(query)!];
            var bound = QueryParameters.Parse(parse.GetValue(parameters) ?? []);
            await using var session = await StoreOpener.OpenAsync(
                parse.GetValue(store), parse.GetRequiredValue(data), cancellationToken, parse.GetValue(importFolder)).ConfigureAwait(false);
            var writer = ResultWriter.For(parse.GetValue(format), console);
            var writes = parse.GetValue(write);
            var changed = false;
            foreach (var statement in statements)
            {
                CypherResult result;
                try
                {
                    result = await session.RunAsync(statement, bound, writes ? CypherAccessMode.Write : CypherAccessMode.Read, cancellationToken).ConfigureAwait(false);
                }
                catch (CypherException e) when (e.Code == CypherErrorCodes.AccessMode)
                {
                    await console.Error.WriteLineAsync(
                        "error: this statement changes the graph, and `graph cypher` is read-only unless you add --write. " +
                        "The wiki is the source of truth: " + AnalystWrites.WhatImportKeeps).ConfigureAwait(false);
                    return 1;
                }
                changed |= result.Counters.ContainsUpdates;
                writer.Write(result);
            }
            if (changed)
            {
                // Standard error, so --format json or csv output stays clean.
                await console.Error.WriteLineAsync("note: written to the graph. " + AnalystWrites.WhatImportKeeps).ConfigureAwait(false);
            }
            return 0;
        }));
        return command;
    }
}
