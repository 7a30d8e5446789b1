using System.CommandLine;
using Graph.Api;
using Microsoft.Extensions.Hosting;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph serve`: the GraphQL API, GraphiQL and health endpoints over the chosen store, optionally importing a wiki
/// first, and with --watch importing its changes while serving.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var data = CommonOptions.Data();
        var store = CommonOptions.Store();
        var import = new Option<DirectoryInfo?>("--import") { Description = "Import this wiki folder before serving." };
        var watch = new Option<bool>("--watch") { Description = "With --import: import changed, added and deleted pages while serving." };
        var vocabulary = CommonOptions.Vocabulary();
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on.",
            DefaultValueFactory = _ => "http://localhost:5000",
        };
        var command = new Command("serve", "Serve the GraphQL API and GraphiQL.") { data, store, import, watch, vocabulary, urls };
        command.Validators.Add(result =>
        {
            if (result.GetValue(watch) && result.GetValue(import) is null)
            {
                result.AddError("--watch needs --import WIKI_DIR: it watches the wiki the service imports.");
            }
        });
        command.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(console, async () =>
        {
            // Disposing the app disposes the store, which folds its log into a snapshot and releases the data directory.
            // The host's own "Hosting failed to start" log would repeat, with a stack trace, the error printed below.
            await using var app = GraphApp.Build(["--urls", parse.GetRequiredValue(urls), "--Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host", "None"], options =>
            {
                options.DataDirectory = parse.GetRequiredValue(data);
                options.Store = parse.GetValue(store);
                options.ImportWiki = parse.GetValue(import)?.FullName;
                options.WatchWiki = parse.GetValue(watch);
                options.Vocabulary = parse.GetValue(vocabulary)?.FullName;
            });
            // Ctrl-C and SIGTERM reach us as the command's cancellation token, which stops the host.
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A port in use, a locked data folder, a missing wiki, unusable Neo4j settings: the message names it.
                await console.Error.WriteLineAsync($"error: the service did not start: {e.Message}").ConfigureAwait(false);
                return 1;
            }
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
