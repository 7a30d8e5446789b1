using System.Globalization;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.GraphQL;

/// <summary>Writes a GraphQL response (data and/or errors) with the negotiated media type and status.</summary>
internal sealed class GraphQLHttpResult(ExecutionResult result, string mediaType, int statusCode, string? allow = null, int? retryAfterSeconds = null) : IResult
{
    public int StatusCode => statusCode;

    public ExecutionResult Result => result;

    /// <summary>A request error: no data, one error with the message, and the given status.</summary>
    public static GraphQLHttpResult RequestError(GraphQLRequestError error, string mediaType, string? allow = null, int? retryAfterSeconds = null) =>
        new(new ExecutionResult { Executed = false, Errors = [new ExecutionError(error.Message)] }, mediaType, error.StatusCode, allow, retryAfterSeconds);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var serializer = httpContext.RequestServices.GetRequiredService<IGraphQLSerializer>();
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = $"{mediaType}; charset=utf-8";
        if (allow is not null)
        {
            httpContext.Response.Headers.Allow = allow;
        }
        if (retryAfterSeconds is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        await serializer.WriteAsync(httpContext.Response.Body, result, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
