using Graph.Core.Cypher;

namespace Graph.Api.Explorer;

/// <summary>
/// The explorer's JSON: GET /explore/search?q=WORDS[&amp;limit=N] finds nodes to start from, and
/// GET /explore/neighborhood?id=ID[&amp;limit=N] returns a node with its relationships and neighbours, ready to draw.
/// </summary>
internal static class ExplorerEndpoints
{
    public const string SearchPath = "/explore/search";
    public const string NeighborhoodPath = "/explore/neighborhood";

    private const int DefaultSearchResults = 20;
    private const int DefaultNeighbours = 60;

    public static IServiceCollection AddExplorer(this IServiceCollection services) => services.AddSingleton<ExplorerQueries>();

    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(SearchPath, SearchAsync);
        routes.MapGet(NeighborhoodPath, NeighborhoodAsync);
        return routes;
    }

    private static async Task<IResult> SearchAsync(string? q, int? limit, ExplorerQueries queries, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return ExplorerJson.Error(StatusCodes.Status400BadRequest, "MissingText", "Say what to search for: ?q=words.");
        }
        if (Bound(limit, DefaultSearchResults, ExplorerQueries.MaxSearchResults) is not { } count)
        {
            return ExplorerJson.Error(StatusCodes.Status400BadRequest, "BadLimit", $"limit must be between 1 and {ExplorerQueries.MaxSearchResults}.");
        }
        return await GuardAsync(async () => ExplorerJson.Nodes(await queries.SearchAsync(q, count, cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);
    }

    private static async Task<IResult> NeighborhoodAsync(string? id, int? limit, ExplorerQueries queries, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return ExplorerJson.Error(StatusCodes.Status400BadRequest, "MissingId", "Say which node: ?id=thesis:taste-is-the-bottleneck.");
        }
        if (Bound(limit, DefaultNeighbours, ExplorerQueries.MaxNeighbours) is not { } count)
        {
            return ExplorerJson.Error(StatusCodes.Status400BadRequest, "BadLimit", $"limit must be between 1 and {ExplorerQueries.MaxNeighbours}.");
        }
        return await GuardAsync(async () => await queries.NeighbourhoodAsync(id, count, cancellationToken).ConfigureAwait(false) is { } hood
            ? ExplorerJson.Neighbourhood(hood)
            : ExplorerJson.Error(StatusCodes.Status404NotFound, "NotFound", $"No node has the id '{id}'.")).ConfigureAwait(false);
    }

    private static int? Bound(int? limit, int fallback, int max) => limit switch
    {
        null => fallback,
        >= 1 when limit <= max => limit,
        _ => null,
    };

    /// <summary>A store failure becomes a JSON error the page can show, not an HTML error page.</summary>
    private static async Task<IResult> GuardAsync(Func<Task<IResult>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (CypherException error)
        {
            return ExplorerJson.Error(StatusCodes.Status503ServiceUnavailable, error.Code, $"The graph store failed: {error.Message}");
        }
    }
}
