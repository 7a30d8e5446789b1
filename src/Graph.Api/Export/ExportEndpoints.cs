using Graph.Core.Cypher;

namespace Graph.Api.Export;

/// <summary>
/// /export/graph.graphml and /export/graph.cyjs.json: the whole graph for Gephi, Cytoscape Desktop or Cytoscape.js.
/// The graph is read before the first byte is sent (so a store error is a clean 5xx, not a torn file), then written
/// straight to the response in chunks.
/// </summary>
internal static class ExportEndpoints
{
    public const string GraphMLPath = "/export/graph.graphml";
    public const string CytoscapeJsonPath = "/export/graph.cyjs.json";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(GraphMLPath, (ICypherSession session, CancellationToken cancellationToken) =>
            ExportAsync(session, GraphMLWriter.WriteAsync, GraphMLWriter.MediaType, "graph.graphml", cancellationToken));
        routes.MapGet(CytoscapeJsonPath, (ICypherSession session, CancellationToken cancellationToken) =>
            ExportAsync(session, CytoscapeJsonWriter.WriteAsync, CytoscapeJsonWriter.MediaType, null, cancellationToken));
        return routes;
    }

    private static async Task<IResult> ExportAsync(
        ICypherSession session,
        Func<GraphSnapshot, Stream, CancellationToken, Task> write,
        string mediaType,
        string? downloadName,
        CancellationToken cancellationToken)
    {
        var graph = await GraphSnapshot.ReadAsync(session, cancellationToken).ConfigureAwait(false);
        return TypedResults.Stream(body => write(graph, body, cancellationToken), mediaType, downloadName);
    }
}
