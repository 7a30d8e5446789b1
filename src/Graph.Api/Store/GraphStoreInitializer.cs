using Graph.Core.Cypher;
using Graph.Import;
using Microsoft.Extensions.Options;

namespace Graph.Api.Store;

/// <summary>
/// At start, before the server takes requests: applies cypher/schema.cypher and, when asked, imports a wiki,
/// logging the summary and each failed page. Per-page failures do not stop the service; a missing wiki folder does.
/// </summary>
internal sealed partial class GraphStoreInitializer(
    ICypherSession session,
    GraphStoreStatus status,
    IOptions<GraphServiceOptions> options,
    ILogger<GraphStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await GraphSchema.ApplyAsync(session, cancellationToken).ConfigureAwait(false);
        LogOpened(settings.Store == GraphStoreKind.Neo4j ? session.ToString() ?? "Neo4j" : Path.GetFullPath(settings.DataDirectory), session.Backend);

        ImportReport? report = null;
        if (!string.IsNullOrEmpty(settings.ImportWiki))
        {
            var wiki = Path.GetFullPath(settings.ImportWiki);
            if (!Directory.Exists(wiki))
            {
                throw new DirectoryNotFoundException($"The wiki folder to import does not exist: {wiki}");
            }
            var vocabulary = string.IsNullOrEmpty(settings.Vocabulary) ? Vocabulary.Discover(wiki) : Vocabulary.Load(Path.GetFullPath(settings.Vocabulary));
            report = await new WikiImporter(session, vocabulary).ImportDirectoryAsync(wiki, cancellationToken: cancellationToken).ConfigureAwait(false);
            LogImported(wiki, report.Imported, report.Unchanged, report.Failed);
            foreach (var page in report.Pages.Where(page => page.Error is not null))
            {
                LogPageFailed(page.Error!.ToString());
            }
        }
        status.MarkPrepared(report);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store open: {Location} ({Backend}), schema applied.")]
    private partial void LogOpened(string location, string backend);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Wiki}: {Imported} imported, {Unchanged} unchanged, {Failed} failed.")]
    private partial void LogImported(string wiki, int imported, int unchanged, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import failed: {Error}")]
    private partial void LogPageFailed(string error);
}
