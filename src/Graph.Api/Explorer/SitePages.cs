using Microsoft.Extensions.FileProviders;

namespace Graph.Api.Explorer;

/// <summary>
/// The explorer and console pages and their scripts, styles and Cytoscape.js, embedded in this assembly (see the
/// csproj) so every host serves them whatever its content root, with no CDN: pages at / and /console, files under /app.
/// </summary>
internal static class SitePages
{
    public const string AssetPath = "/app";
    public const string ConsolePath = "/console";

    private static readonly EmbeddedFileProvider Files = new(typeof(SitePages).Assembly, "Graph.Api.Site");

    public static IApplicationBuilder UseSiteAssets(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions { RequestPath = AssetPath, FileProvider = Files });

    public static IEndpointRouteBuilder MapSitePages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", () => Page("explorer.html"));
        routes.MapGet(ConsolePath, () => Page("console.html"));
        // Browsers ask for /favicon.ico on every page, GraphiQL's included; an SVG answers it in every current browser.
        routes.MapGet("/favicon.ico", () => TypedResults.Stream(Files.GetFileInfo("favicon.svg").CreateReadStream(), "image/svg+xml"));
        return routes;
    }

    private static IResult Page(string name)
    {
        var file = Files.GetFileInfo(name);
        return file.Exists
            ? TypedResults.Stream(file.CreateReadStream(), "text/html; charset=utf-8")
            : TypedResults.Problem($"The page {name} is missing from this build.", statusCode: StatusCodes.Status500InternalServerError);
    }
}
