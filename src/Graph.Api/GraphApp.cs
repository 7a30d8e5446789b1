using Graph.Api.GraphQL;
using Graph.Api.Health;
using Graph.Api.Store;

namespace Graph.Api;

/// <summary>
/// The service, assembled: the embedded store (opened, schema applied, optionally a wiki imported before serving),
/// GraphQL over HTTP with GraphiQL, and health endpoints. Used by Program.cs and by `graph serve`.
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

        var app = builder.Build();
        app.UseGraphiQLAssets();
        app.MapGraphQL();
        app.MapHealth();
        return app;
    }
}
