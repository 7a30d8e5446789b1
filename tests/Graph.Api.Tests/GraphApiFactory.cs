using Graph.Core.Cypher;
using Graph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// The real service in-process over a real embedded store in <paramref name="dataDirectory"/>, optionally importing
/// <paramref name="importWiki"/> at start, exactly as `graph serve --data DIR --import WIKI` would.
/// </summary>
internal sealed class GraphApiFactory(string dataDirectory, string? importWiki = null, Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public string DataDirectory => dataDirectory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:DataDirectory", dataDirectory);
        if (importWiki is not null)
        {
            builder.UseSetting("Graph:ImportWiki", importWiki);
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Returns once the store has closed its data directory, so a test can reopen or delete it.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        RepoPaths.WaitUntilReleased(dataDirectory);
    }

    /// <summary>Services that put <paramref name="wrap"/> around the real store session (to record or slow its statements).</summary>
    public static Action<IServiceCollection> WrappingSession(Func<ICypherSession, ICypherSession> wrap) => services =>
    {
        var store = services.Single(descriptor => descriptor.ServiceType == typeof(ICypherSession));
        services.Remove(store);
        services.AddSingleton(provider => wrap((ICypherSession)store.ImplementationFactory!(provider)));
    };

    /// <summary>A factory over a fresh temp data directory with the sample wiki imported.</summary>
    public static GraphApiFactory WithSampleWiki() => new(RepoPaths.NewTempDirectory("graph-api"), RepoPaths.SampleWiki);
}
