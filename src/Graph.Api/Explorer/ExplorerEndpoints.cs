using System.Text.Json;
using Graph.Api.Data;
using Graph.Api.GraphQL;
using Graph.Api.Security;
using Graph.Api.Store;
using Graph.Core.Cypher;
using Microsoft.Extensions.Options;

namespace Graph.Api.Explorer;

/// <summary>
/// The explorer's JSON: GET /explore/search?q=WORDS[&amp;limit=N] finds nodes to start from, and
/// GET /explore/neighborhood?id=ID[&amp;limit=N] returns a node with its relationships and neighbours, ready to draw,
/// POST /explore/drawing {"ids": [...]} the nodes of a shared view with every relationship among them, and
/// GET /explore/path?from=ID_OR_NAME&amp;to=ID_OR_NAME the shortest path between two nodes, drawn the same way.
/// </summary>
internal static class ExplorerEndpoints
{
    public const string SearchPath = "/explore/search";
    public const string NeighborhoodPath = "/explore/neighborhood";
    public const string DrawingPath = "/explore/drawing";
    public const string PathPath = "/explore/path";

    private const int DefaultSearchResults = 20;
    private const int DefaultNeighbours = 60;

    public static IServiceCollection AddExplorer(this IServiceCollection services) => services.AddSingleton<ExplorerQueries>();

    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(SearchPath, SearchAsync);
        routes.MapGet(NeighborhoodPath, NeighborhoodAsync);
        routes.MapPost(DrawingPath, DrawingAsync).AcceptsJsonOnly();
        routes.MapGet(PathPath, PathAsync);
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

    private static async Task<IResult> NeighborhoodAsync(string? id, int? limit, ExplorerQueries queries, WikiSync wiki, CancellationToken cancellationToken)
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
            ? ExplorerJson.Neighbourhood(hood, PageLink(wiki))
            : ExplorerJson.Error(StatusCodes.Status404NotFound, "NotFound", $"No node has the id '{id}'.")).ConfigureAwait(false);
    }

    private static async Task<IResult> DrawingAsync(HttpRequest request, ExplorerQueries queries, WikiSync wiki, CancellationToken cancellationToken)
    {
        List<string> ids;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (body.RootElement.ValueKind != JsonValueKind.Object || !body.RootElement.TryGetProperty("ids", out var list)
                || list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(id => id.ValueKind != JsonValueKind.String))
            {
                return ExplorerJson.Error(StatusCodes.Status400BadRequest, "MissingIds", "Send {\"ids\": [\"thesis:taste-is-the-bottleneck\", ...]}: a list of node ids.");
            }
            ids = list.EnumerateArray().Select(id => id.GetString()!).ToList();
        }
        catch (JsonException error)
        {
            return ExplorerJson.Error(StatusCodes.Status400BadRequest, "BadRequest",
                $"The request body is not JSON: {error.Message}", (int?)error.LineNumber + 1, (int?)error.BytePositionInLine + 1);
        }
        if (ids.Count > ExplorerQueries.MaxDrawn)
        {
            return ExplorerJson.Error(StatusCodes.Status400BadRequest, "TooManyIds", $"A drawing holds at most {ExplorerQueries.MaxDrawn} nodes; {ids.Count} were asked for.");
        }
        return await GuardAsync(async () => ExplorerJson.Drawing(await queries.DrawingAsync(ids, cancellationToken).ConfigureAwait(false), PageLink(wiki))).ConfigureAwait(false);
    }

    private static async Task<IResult> PathAsync(string? from, string? to, GraphTraversals traversals, ExplorerQueries queries,
        WikiSync wiki, ICypherSession session, IOptions<GraphQLLimits> limits, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            return ExplorerJson.Error(StatusCodes.Status400BadRequest, "MissingEnds", "Say where the path starts and ends: ?from=person:boris-cherny&to=taste is the bottleneck (ids or names).");
        }
        var maxHops = limits.Value.MaxPathHops;
        // The path and its drawing are two statements: one snapshot, so the drawing has every node the path found.
        return await GuardAsync(() => session.InOneSnapshotAsync(async () =>
        {
            try
            {
                if (await traversals.PathAsync(from, to, maxHops, cancellationToken).ConfigureAwait(false) is not { } path)
                {
                    return ExplorerJson.Error(StatusCodes.Status404NotFound, "NoPath", $"No path of at most {maxHops} relationships joins '{from}' and '{to}'.");
                }
                var ids = path.Nodes.Select(node => node.Id).ToList();
                return ExplorerJson.Drawing(await queries.DrawingAsync(ids, cancellationToken).ConfigureAwait(false), PageLink(wiki), ids);
            }
            catch (NodeNotFoundException error)
            {
                return ExplorerJson.Error(StatusCodes.Status404NotFound, "NotFound", error.Message);
            }
        }, cancellationToken)).ConfigureAwait(false);
    }

    private static int? Bound(int? limit, int fallback, int max) => limit switch
    {
        null => fallback,
        >= 1 when limit <= max => limit,
        _ => null,
    };

    private static ExplorerJson.PageLink PageLink(WikiSync wiki) => (page, line) => WikiPageEndpoints.Link(wiki, page, line);

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
