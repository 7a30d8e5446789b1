using Graph.Api.Explorer;

namespace Graph.Api.Hosting;

/// <summary>
/// A body for every error response that has none (an unknown path, a method an endpoint does not take): the same JSON
/// error shape the explorer and console endpoints answer with, saying what was asked and where to go instead.
/// </summary>
internal static class ErrorBodies
{
    /// <summary>The pages and endpoints a person or client can start from.</summary>
    public const string Entrances =
        "/ (explorer), /console (Cypher), /graphql (GraphQL and GraphiQL), /health/live, /health/ready, /export/graph.graphml, /export/graph.cyjs.json";

    public static void UseErrorBodies(this WebApplication app) => app.UseStatusCodePages(async context =>
    {
        var http = context.HttpContext;
        var request = $"{http.Request.Method} {http.Request.Path}";
        var (code, message) = http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ("NotFound", $"{request}: there is no such page or endpoint. This service answers at {Entrances}."),
            StatusCodes.Status405MethodNotAllowed => ("MethodNotAllowed", $"{request}: this endpoint does not take {http.Request.Method}" +
                (http.Response.Headers.Allow is { Count: > 0 } allow ? $"; it takes {allow}." : ".")),
            var status => ("HttpError", $"{request}: the request failed with HTTP {status}."),
        };
        await ExplorerJson.Error(http.Response.StatusCode, code, message).ExecuteAsync(http).ConfigureAwait(false);
    });
}
