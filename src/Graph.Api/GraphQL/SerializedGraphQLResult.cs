using Microsoft.AspNetCore.Http;

namespace Graph.Api.GraphQL;

/// <summary>A successful GraphQL response already serialized (from the response cache, or just put there): 200 with the negotiated media type.</summary>
internal sealed class SerializedGraphQLResult(byte[] body, string mediaType) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = $"{mediaType}; charset=utf-8";
        httpContext.Response.ContentLength = body.Length;
        return httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
