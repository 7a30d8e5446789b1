using System.CommandLine;
using Graph.Api;
using Graph.Import;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>`graph import WIKI_DIR`: imports every page, prints a summary and per-file errors; exit 1 when any page failed.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var wiki = new Argument<DirectoryInfo>("WIKI_DIR") { Description = "Folder of Markdown wiki pages." };
        var data = CommonOptions.Data();
        var store = CommonOptions.Store();
        var vocabulary = CommonOptions.Vocabulary();
        var command = new Command("import", "Import a wiki folder into the graph.") { wiki, data, store, vocabulary };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console, parse.GetRequiredValue(wiki), parse.GetValue(store), parse.GetRequiredValue(data), parse.GetValue(vocabulary), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, DirectoryInfo wiki, GraphStoreKind store, string data, FileInfo? vocabularyFile, CancellationToken cancellationToken)
    {
        if (!wiki.Exists)
        {
            await console.Error.WriteLineAsync($"error: wiki folder '{wiki.FullName}' does not exist.").ConfigureAwait(false);
            return 2;
        }
        return await CommandErrors.GuardAsync(console, async () =>
        {
            var vocabulary = vocabularyFile is null ? Vocabulary.Discover(wiki.FullName) : Vocabulary.Load(vocabularyFile.FullName);
            await using var session = await StoreOpener.OpenAsync(store, data, cancellationToken).ConfigureAwait(false);
            var importer = new WikiImporter(session, vocabulary);
            var report = await ImportWithProgressAsync(console, importer, wiki.FullName, cancellationToken).ConfigureAwait(false);
            ImportSummary.Write(console, report);
            return report.HasFailures ? 1 : 0;
        }).ConfigureAwait(false);
    }

    private static async Task<ImportReport> ImportWithProgressAsync(CliConsole console, WikiImporter importer, string wiki, CancellationToken cancellationToken)
    {
        if (!console.IsInteractive)
        {
            return await importer.ImportDirectoryAsync(wiki, null, cancellationToken).ConfigureAwait(false);
        }
        return await console.Ansi.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Importing");
            var progress = new Progress<ImportProgress>(p =>
            {
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
                task.Description = Markup.Escape(p.CurrentPage);
            });
            var report = await importer.ImportDirectoryAsync(wiki, progress, cancellationToken).ConfigureAwait(false);
            task.Value = task.MaxValue;
            return report;
        }).ConfigureAwait(false);
    }
}
