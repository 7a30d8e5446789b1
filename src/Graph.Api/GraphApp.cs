using Graph.Api.Explorer;
using Graph.Api.GraphQL;
using Graph.Api.Health;
using Graph.Api.Store;

namespace Graph.Api;

/// <summary>
/// The service, assembled: the embedded store (opened, schema applied, optionally a wiki imported before serving),
/// GraphQL over HTTP with GraphiQL, health endpoints, and the explorer, Cypher console and exports for browsers. Used by Program.cs and by `graph serve`.
/// </summary>
public static class GraphApp
{
    /// <param name="configure">Applied after the "Graph" configuration section, so a caller's choices win.</param>
    public static WebApplication Build(string[] args, Action<GraphServiceOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.Services.AddGraphStore(configure);
        builder.Services.AddGraphQLApi();
        builder.Services.AddGraphHealthChecks();
        builder.Services.AddBrowserPages();

        var app = builder.Build();
        app.UseGraphiQLAssets();
        app.MapGraphQL();
        app.MapHealth();
        app.MapBrowserPages();
        OwnerAddress.AnnounceWhenStarted(app);
        return app;
    }
}
