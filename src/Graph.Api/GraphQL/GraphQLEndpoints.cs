using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>/graphql: GraphQL over HTTP (POST, and GET for queries), and GraphiQL for browsers.</summary>
internal static class GraphQLEndpoints
{
    public const string Path = "/graphql";

    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, GetAsync);
        routes.MapPost(Path, PostAsync);
        return routes;
    }

    private static async Task<IResult> GetAsync(HttpContext http, GraphQLRequestExecutor executor, GraphQLAdmission admission)
    {
        if (GraphQLMediaTypes.WantsHtml(http.Request) && !http.Request.Query.ContainsKey("query"))
        {
            return GraphiQLPage.Result();
        }
        using var turn = await admission.EnterAsync(http.RequestAborted).ConfigureAwait(false);
        if (!turn.IsAcquired)
        {
            return Busy(http, admission);
        }
        var (request, error) = GraphQLHttpRequest.ReadQueryString(http.Request.Query);
        return await executor.RunAsync(http, turn, request, error, viaGet: true).ConfigureAwait(false);
    }

    private static async Task<IResult> PostAsync(HttpContext http, GraphQLRequestExecutor executor, GraphQLAdmission admission, IOptions<GraphQLLimits> limits)
    {
        // The turn is taken before the body is read, so that reading bodies is bounded too.
        using var turn = await admission.EnterAsync(http.RequestAborted).ConfigureAwait(false);
        if (!turn.IsAcquired)
        {
            return Busy(http, admission);
        }
        var (request, error) = await GraphQLHttpRequest.ReadBodyAsync(http.Request, limits.Value.MaxRequestBytes, http.RequestAborted).ConfigureAwait(false);
        return await executor.RunAsync(http, turn, request, error, viaGet: false).ConfigureAwait(false);
    }

    private static GraphQLHttpResult Busy(HttpContext http, GraphQLAdmission admission) => GraphQLHttpResult.RequestError(
        new(StatusCodes.Status429TooManyRequests, admission.BusyMessage(heavy: false)), GraphQLMediaTypes.ForResponse(http.Request),
        retryAfterSeconds: GraphQLAdmission.RetryAfterSeconds);
}
