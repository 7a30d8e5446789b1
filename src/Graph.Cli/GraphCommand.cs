using System.CommandLine;
using Graph.Cli.Commands;

namespace Graph.Cli;

/// <summary>The `graph` command: import, load, serve, cypher, stats, export. Output goes to the given writers so tests run it in-process.</summary>
public static class GraphCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("Graph: a knowledge graph of AI sources, people, theses and tools, built from a Markdown wiki.")
        {
            ImportCommand.Create(console),
            LoadCommand.Create(console),
            ServeCommand.Create(console),
            CypherCommand.Create(console),
            StatsCommand.Create(console),
            ExportCommand.Create(console),
            VocabularyCommand.Create(console),
            CompletionCommand.Create(console),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
