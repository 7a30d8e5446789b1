using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>/graphql: GraphQL over HTTP (POST, and GET for queries), and GraphiQL for browsers.</summary>
internal static class GraphQLEndpoints
{
    public const string Path = "/graphql";

    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, GetAsync).RequireRateLimiting(GraphQLConcurrencyLimit.Policy);
        routes.MapPost(Path, PostAsync).RequireRateLimiting(GraphQLConcurrencyLimit.Policy);
        return routes;
    }

    private static async Task<IResult> GetAsync(HttpContext http, GraphQLRequestExecutor executor)
    {
        if (GraphQLMediaTypes.WantsHtml(http.Request) && !http.Request.Query.ContainsKey("query"))
        {
            return GraphiQLPage.Result();
        }
        var (request, error) = GraphQLHttpRequest.ReadQueryString(http.Request.Query);
        return await executor.RunAsync(http, request, error, viaGet: true).ConfigureAwait(false);
    }

    private static async Task<IResult> PostAsync(HttpContext http, GraphQLRequestExecutor executor, IOptions<GraphQLLimits> limits)
    {
        var (request, error) = await GraphQLHttpRequest.ReadBodyAsync(http.Request, limits.Value.MaxRequestBytes, http.RequestAborted).ConfigureAwait(false);
        return await executor.RunAsync(http, request, error, viaGet: false).ConfigureAwait(false);
    }
}
