using System.Security.Cryptography;
using System.Text;
using Graph.Api.Explorer;
using Graph.Api.GraphQL;
using Microsoft.Extensions.Primitives;

namespace Graph.Api.Security;

/// <summary>
/// With Graph:ApiKey set, a request needs the key in X-Api-Key or as "Authorization: Bearer KEY", else 401. The pages
/// and their files hold no data and load without it (their scripts ask for the key once and send it), as does
/// /health/live, which says only that the process answers.
/// </summary>
internal static class ApiKeyCheck
{
    public const string Header = "X-Api-Key";

    public static IApplicationBuilder UseApiKey(this IApplicationBuilder app, string key)
    {
        // Hashing both sides gives equal lengths, so the comparison's time tells nothing, not even the key's length.
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return app.Use(async (context, next) =>
        {
            if (IsPublic(context.Request) || Presented(context.Request) is { } given
                && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), expected))
            {
                await next(context).ConfigureAwait(false);
                return;
            }
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"graph\"";
            await ExplorerJson.Error(StatusCodes.Status401Unauthorized, "Unauthorized",
                $"This service needs its API key ({AccessOptions.ApiKeySetting}): send it as '{Header}: KEY' or 'Authorization: Bearer KEY'.")
                .ExecuteAsync(context).ConfigureAwait(false);
        });
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers[Header] is { Count: 1 } header)
        {
            return header.ToString();
        }
        var authorization = request.Headers.Authorization;
        return authorization.Count == 1 && authorization.ToString() is var value && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? value["Bearer ".Length..].Trim()
            : null;
    }

    private static bool IsPublic(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }
        var path = request.Path;
        return path == "/" || path == SitePages.ConsolePath || path == "/favicon.ico" || path == "/health/live"
            || path.StartsWithSegments(SitePages.AssetPath) || path.StartsWithSegments("/lib")
            || (path == GraphQLEndpoints.Path && GraphQLMediaTypes.WantsHtml(request) && !request.Query.ContainsKey("query"));
    }
}
