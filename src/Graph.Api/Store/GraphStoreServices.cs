using Graph.Core.Cypher;
using Graph.Cypher;
using Graph.Cypher.Storage.Persistence;
using Graph.Neo4j;
using Microsoft.Extensions.Options;

namespace Graph.Api.Store;

/// <summary>
/// The process-wide <see cref="ICypherSession"/>, on the backend Graph:Store names, prepared before the service answers.
/// Neo4j settings: the NEO4J_* variables, overridden by the "Neo4j" configuration section (Neo4j:Uri, Neo4j:RequestTimeout...).
/// </summary>
internal static class GraphStoreServices
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, Action<GraphServiceOptions>? configure)
    {
        services.AddOptions<GraphServiceOptions>().BindConfiguration(GraphServiceOptions.Section);
        if (configure is not null)
        {
            services.PostConfigure(configure);
        }
        services.AddOptions<Neo4jOptions>()
            .Configure(options => CopyEnvironment(options))
            .BindConfiguration(Neo4jOptions.SectionName);
        services.AddSingleton<GraphStoreStatus>();
        // The container disposes it on shutdown (asynchronously), which checkpoints the embedded store.
        services.AddSingleton<ICypherSession>(Open);
        services.AddSingleton<WikiSync>();
        services.AddHostedService<GraphStoreInitializer>();
        // After the initializer (hosted services start in order), so watching begins once the first import is done.
        services.AddHostedService<WikiWatcher>();
        return services;
    }

    private static ICypherSession Open(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<GraphServiceOptions>>().Value;
        return options.Store switch
        {
            GraphStoreKind.Neo4j => OpenNeo4j(provider),
            _ => OpenEmbedded(options),
        };
    }

    private static Neo4jSession OpenNeo4j(IServiceProvider provider)
    {
        var section = provider.GetRequiredService<IConfiguration>().GetSection(Neo4jOptions.SectionName);
        if (Neo4jOptions.Missing(Environment.GetEnvironmentVariable, key => section[key]) is { Count: > 0 } missing)
        {
            throw new InvalidOperationException(
                $"Cannot use Neo4j as the graph store: settings are not set: {string.Join("; ", missing)} (or {Neo4jOptions.SectionName}:Uri in configuration).");
        }
        try
        {
            // A TimeProvider in the container (tests register one) drives retry delays, timeouts and the breaker.
            return new Neo4jSession(provider.GetRequiredService<IOptions<Neo4jOptions>>().Value, provider.GetService<TimeProvider>());
        }
        catch (ArgumentException error)
        {
            throw new InvalidOperationException($"Cannot use Neo4j as the graph store: {error.Message}", error);
        }
    }

    private static EmbeddedCypherSession OpenEmbedded(GraphServiceOptions options)
    {
        var directory = Path.GetFullPath(options.DataDirectory);
        try
        {
            Directory.CreateDirectory(directory);
            return EmbeddedCypherSession.Open(directory, importDirectory: options.ImportDirectory);
        }
        catch (DataDirectoryInUseException error)
        {
            // Its message already names the folder, who holds it and what to do instead.
            throw new InvalidOperationException(error.Message, error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or CypherException)
        {
            throw new InvalidOperationException($"Cannot open the graph store in {directory}: {error.Message}", error);
        }
    }

    private static void CopyEnvironment(Neo4jOptions options)
    {
        var environment = Neo4jOptions.FromEnvironment();
        options.Uri = environment.Uri;
        options.User = environment.User;
        options.Password = environment.Password;
        options.Database = environment.Database;
    }
}
