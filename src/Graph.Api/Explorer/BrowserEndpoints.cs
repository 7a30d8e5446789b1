using Graph.Api.CypherConsole;
using Graph.Api.Export;

namespace Graph.Api.Explorer;

/// <summary>Everything a browser uses besides GraphiQL: the explorer at /, the Cypher console, their JSON, the exports.</summary>
internal static class BrowserEndpoints
{
    public static IServiceCollection AddBrowserPages(this IServiceCollection services) =>
        services.AddExplorer().AddCypherConsole();

    public static WebApplication MapBrowserPages(this WebApplication app)
    {
        app.UseSiteAssets();
        app.MapSitePages();
        app.MapExplorer();
        app.MapWikiPages();
        app.MapCypherConsole();
        app.MapExports();
        return app;
    }
}
