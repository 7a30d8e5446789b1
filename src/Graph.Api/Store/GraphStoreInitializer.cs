using Graph.Core.Cypher;
using Graph.Import;
using Microsoft.Extensions.Options;

namespace Graph.Api.Store;

/// <summary>
/// At start, before the server takes requests: applies cypher/schema.cypher and, when asked, imports a wiki
/// (<see cref="WikiSync"/>). Per-page failures do not stop the service; a missing wiki folder does.
/// </summary>
internal sealed partial class GraphStoreInitializer(
    ICypherSession session,
    GraphStoreStatus status,
    WikiSync wiki,
    IOptions<GraphServiceOptions> options,
    ILogger<GraphStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await GraphSchema.ApplyAsync(session, cancellationToken).ConfigureAwait(false);
        LogOpened(settings.Store == GraphStoreKind.Neo4j ? session.ToString() ?? "Neo4j" : Path.GetFullPath(settings.DataDirectory), session.Backend);
        if (wiki.Wiki is not null)
        {
            await wiki.ImportAsync(cancellationToken).ConfigureAwait(false);
        }
        status.MarkPrepared();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store open: {Location} ({Backend}), schema applied.")]
    private partial void LogOpened(string location, string backend);
}
