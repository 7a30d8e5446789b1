using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.GraphQL;

/// <summary>Content negotiation of GraphQL over HTTP: the newer application/graphql-response+json when the client accepts it.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// application/graphql-response+json when Accept names it, preferring the client's highest quality;
    /// application/json for a wildcard (*/*, application/*), for application/json and when there is no Accept header,
    /// as the GraphQL-over-HTTP spec asks.
    /// </summary>
    public static string ForResponse(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        foreach (var media in accepted.Where(media => media.Quality is not 0).OrderByDescending(media => media.Quality ?? 1))
        {
            if (Named(media, GraphQLResponse))
            {
                return GraphQLResponse;
            }
            if (Named(media, Json) || IsWildcardFor(media, Json))
            {
                return Json;
            }
        }
        return Json;
    }

    /// <summary>True when the client (a browser) asks for HTML: it gets GraphiQL.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(media => media.Quality is not 0 && media.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>Exact type only: not ASP.NET's IsSubsetOf, which would let application/json accept any +json type.</summary>
    private static bool Named(MediaTypeHeaderValue accepted, string mediaType) =>
        (accepted.MediaType.Value ?? "").Equals(mediaType, StringComparison.OrdinalIgnoreCase);

    private static bool IsWildcardFor(MediaTypeHeaderValue accepted, string mediaType)
    {
        var type = accepted.MediaType.Value ?? "";
        return type == "*/*" || (type.Equals("application/*", StringComparison.OrdinalIgnoreCase) && mediaType.StartsWith("application/", StringComparison.Ordinal));
    }
}
