using Graph.Core.Cypher;
using Graph.Cypher;
using Microsoft.Extensions.Options;

namespace Graph.Api.Store;

/// <summary>The embedded store as the process-wide <see cref="ICypherSession"/>, prepared before the service answers.</summary>
internal static class GraphStoreServices
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, Action<GraphServiceOptions>? configure)
    {
        services.AddOptions<GraphServiceOptions>().BindConfiguration(GraphServiceOptions.Section);
        if (configure is not null)
        {
            services.PostConfigure(configure);
        }
        services.AddSingleton<GraphStoreStatus>();
        // The container disposes it on shutdown (asynchronously), which checkpoints the store.
        services.AddSingleton<ICypherSession>(provider => Open(provider.GetRequiredService<IOptions<GraphServiceOptions>>().Value));
        services.AddHostedService<GraphStoreInitializer>();
        return services;
    }

    private static EmbeddedCypherSession Open(GraphServiceOptions options)
    {
        var directory = Path.GetFullPath(options.DataDirectory);
        try
        {
            Directory.CreateDirectory(directory);
            return EmbeddedCypherSession.Open(directory);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or CypherException)
        {
            throw new InvalidOperationException($"Cannot open the graph store in {directory}: {error.Message}", error);
        }
    }
}
