using Graph.Api.Explorer;

namespace Graph.Api.Security;

/// <summary>
/// Endpoints that take a body take application/json only. text/plain, forms and multipart are "simple" requests any
/// web page may send cross-site without a preflight; JSON is not, so a foreign page cannot make the service run one.
/// </summary>
internal static class JsonBodies
{
    public const string MediaType = "application/json";

    public static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals(MediaType, StringComparison.OrdinalIgnoreCase);

    public static RouteHandlerBuilder AcceptsJsonOnly(this RouteHandlerBuilder route) => route.AddEndpointFilter(async (context, next) =>
    {
        var request = context.HttpContext.Request;
        return IsJson(request.ContentType)
            ? await next(context).ConfigureAwait(false)
            : ExplorerJson.Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType",
                $"{request.Method} {request.Path} takes a JSON body sent as Content-Type: {MediaType}, not '{request.ContentType ?? "no content type"}'.");
    });
}
