using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.GraphQL;

/// <summary>Content negotiation of GraphQL over HTTP: the newer application/graphql-response+json when the client accepts it.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// application/graphql-response+json when Accept names it or a wildcard that covers it, preferring the client's
    /// highest quality; application/json otherwise (including when there is no Accept header, as the spec asks).
    /// </summary>
    public static string ForResponse(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        if (accepted.Count == 0)
        {
            return Json;
        }
        foreach (var media in accepted.Where(media => media.Quality is not 0).OrderByDescending(media => media.Quality ?? 1))
        {
            if (Matches(media, GraphQLResponse))
            {
                return GraphQLResponse;
            }
            if (Matches(media, Json))
            {
                return Json;
            }
        }
        return Json;
    }

    /// <summary>True when the client (a browser) asks for HTML: it gets GraphiQL.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(media => media.Quality is not 0 && media.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>Exact type or a wildcard; not ASP.NET's IsSubsetOf, which would let application/json accept any +json type.</summary>
    private static bool Matches(MediaTypeHeaderValue accepted, string mediaType)
    {
        var type = accepted.MediaType.Value ?? "";
        return type == "*/*"
            || type.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
            || (type.Equals("application/*", StringComparison.OrdinalIgnoreCase) && mediaType.StartsWith("application/", StringComparison.Ordinal));
    }
}
