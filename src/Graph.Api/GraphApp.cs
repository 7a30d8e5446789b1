using Graph.Api.Explorer;
using Graph.Api.GraphQL;
using Graph.Api.Health;
using Graph.Api.Hosting;
using Graph.Api.Store;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

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
        // Settings and log levels beside the program (appsettings.json), under whatever the current folder holds; the
        // environment (Graph__..., Logging__...) and the command line still override them.
        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.json",
            Optional = true,
        });

        builder.Services.AddGraphStore(configure);
        builder.Services.AddGraphQLApi();
        builder.Services.AddGraphHealthChecks();
        builder.Services.AddBrowserPages();

        var app = builder.Build();
        app.UseRequestLog();
        app.UseErrorBodies();
        app.UseGraphiQLAssets();
        app.MapGraphQL();
        app.MapHealth();
        app.MapBrowserPages();
        OwnerAddress.AnnounceWhenStarted(app);
        return app;
    }
}
