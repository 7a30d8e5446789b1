using System.CommandLine;
using Graph.Cli.Output;
using Graph.Core.Cypher;

namespace Graph.Cli.Commands;

/// <summary>`graph stats`: how many nodes per label and relationships per type the store holds.</summary>
internal static class StatsCommand
{
    private const string NodesPerLabel =
        "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label";

    private const string RelationshipsPerType =
        "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS relationships ORDER BY type";

    public static Command Create(CliConsole console)
    {
        var data = CommonOptions.Data();
        var store = CommonOptions.Store();
        var command = new Command("stats", "Count nodes per label and relationships per type.") { data, store };
        command.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(console, async () =>
        {
            await using var session = await StoreOpener.OpenAsync(parse.GetValue(store), parse.GetRequiredValue(data), cancellationToken).ConfigureAwait(false);
            var writer = new TableResultWriter(console);
            writer.Write(await session.RunAsync(NodesPerLabel, null, CypherAccessMode.Read, cancellationToken).ConfigureAwait(false));
            writer.Write(await session.RunAsync(RelationshipsPerType, null, CypherAccessMode.Read, cancellationToken).ConfigureAwait(false));
            return 0;
        }));
        return command;
    }
}
