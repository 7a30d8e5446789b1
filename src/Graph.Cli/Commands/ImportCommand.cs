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
        var explain = new Option<string?>("--explain")
        {
            Description = "Print every fact of this page (path relative to WIKI_DIR) with its line, section and evidence; writes nothing.",
        };
        var unlisted = new Option<bool>("--report") { Description = "After importing, list the entities found that are not in the vocabulary, with counts." };
        var command = new Command("import", "Import a wiki folder into the graph.") { wiki, data, store, vocabulary, explain, unlisted };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console, parse.GetRequiredValue(wiki), parse.GetValue(store), parse.GetRequiredValue(data), parse.GetValue(vocabulary), parse.GetValue(explain), parse.GetValue(unlisted), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, DirectoryInfo wiki, GraphStoreKind store, string data, FileInfo? vocabularyFile, string? explainPage, bool reportUnlisted, CancellationToken cancellationToken)
    {
        if (!wiki.Exists)
        {
            await console.Error.WriteLineAsync($"error: wiki folder '{wiki.FullName}' does not exist.").ConfigureAwait(false);
            return 2;
        }
        return await CommandErrors.GuardAsync(console, async () =>
        {
            var vocabulary = vocabularyFile is null ? Vocabulary.Discover(wiki.FullName) : Vocabulary.Load(vocabularyFile.FullName);
            if (explainPage is not null)
            {
                return await ExplainAsync(console, vocabulary, wiki.FullName, explainPage).ConfigureAwait(false);
            }
            var unlisted = new UnlistedEntities(vocabulary);
            await using var session = await StoreOpener.OpenAsync(store, data, cancellationToken).ConfigureAwait(false);
            var importer = new WikiImporter(session, vocabulary) { OnExtracted = reportUnlisted ? unlisted.Add : null };
            var report = await ImportWithProgressAsync(console, importer, wiki.FullName, cancellationToken).ConfigureAwait(false);
            await ImportSummary.WriteAsync(console, report, session, cancellationToken).ConfigureAwait(false);
            if (reportUnlisted)
            {
                ImportUnlistedReport.Write(console, unlisted);
            }
            return report.HasFailures ? 1 : 0;
        }).ConfigureAwait(false);
    }

    // No store is opened: explaining a page never writes.
    private static async Task<int> ExplainAsync(CliConsole console, Vocabulary vocabulary, string wiki, string page)
    {
        try
        {
            var relative = Path.IsPathRooted(page) ? Path.GetRelativePath(wiki, page) : page;
            ImportExplanation.Write(console, WikiImporter.Explain(vocabulary, wiki, relative));
            return 0;
        }
        catch (WikiPageException e)
        {
            await console.Error.WriteLineAsync($"error: {e.Error}").ConfigureAwait(false);
            return 1;
        }
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
