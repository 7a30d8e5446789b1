using Graph.Core.Cypher;
using Graph.Import;
using Microsoft.Extensions.Options;

namespace Graph.Api.Store;

/// <summary>
/// Imports the configured wiki into the store, logging the summary and each failed page: at start
/// (<see cref="GraphStoreInitializer"/>) and after each change while watching (<see cref="WikiWatcher"/>).
/// The vocabulary is read again every time, so an edited vocabulary.yaml takes effect at the next import.
/// </summary>
internal sealed partial class WikiSync(
    ICypherSession session,
    GraphStoreStatus status,
    IOptions<GraphServiceOptions> options,
    ILogger<WikiSync> logger,
    TimeProvider? time = null)
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    // Kept across this service's imports of the wiki, so a watched edit does not re-read every page.
    private readonly PageHeaderCache headers = new();

    /// <summary>The wiki folder, full path; null when the service imports none.</summary>
    public string? Wiki => string.IsNullOrEmpty(options.Value.ImportWiki) ? null : Path.GetFullPath(options.Value.ImportWiki);

    /// <summary>The vocabulary file the import reads, when there is one.</summary>
    public string? VocabularyFile => string.IsNullOrEmpty(options.Value.Vocabulary)
        ? Wiki is { } wiki ? Vocabulary.DiscoverPath(wiki) : null
        : Path.GetFullPath(options.Value.Vocabulary);

    /// <exception cref="DirectoryNotFoundException">The wiki folder is gone.</exception>
    /// <exception cref="VocabularyException">The vocabulary cannot be read; the message names the file and line.</exception>
    public async Task<ImportReport> ImportAsync(CancellationToken cancellationToken)
    {
        var wiki = Wiki ?? throw new InvalidOperationException("No wiki to import: Graph:ImportWiki is not set.");
        ImportReport report;
        try
        {
            if (!Directory.Exists(wiki))
            {
                throw new DirectoryNotFoundException($"The wiki folder to import does not exist: {wiki}");
            }
            var vocabulary = VocabularyFile is { } file ? Vocabulary.Load(file) : Vocabulary.Empty;
            report = await new WikiImporter(session, vocabulary) { Headers = headers }.ImportDirectoryAsync(wiki, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            status.RecordImportFailure(error.Message, clock.GetUtcNow());
            throw;
        }
        status.RecordImport(report, clock.GetUtcNow());
        LogImported(wiki, report.Imported, report.Unchanged, report.Removed, report.Failed);
        foreach (var page in report.Pages.Where(page => page.Error is not null))
        {
            LogPageFailed(page.Error!.ToString());
        }
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Wiki}: {Imported} imported, {Unchanged} unchanged, {Removed} removed, {Failed} failed.")]
    private partial void LogImported(string wiki, int imported, int unchanged, int removed, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import failed: {Error}")]
    private partial void LogPageFailed(string error);
}
