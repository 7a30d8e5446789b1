using Graph.Core.Cypher;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// A test class that needs a service of its own (its own settings, store wrapper or data): xUnit makes one instance,
/// so one service, per test; the data directory is deleted once the store has closed it.
/// </summary>
public abstract class ServiceTest : IAsyncLifetime
{
    private protected ServiceTest(GraphApiFactory factory) => Factory = factory;

    private protected GraphApiFactory Factory { get; }

    private protected HttpClient Client { get; private set; } = null!;

    private protected ICypherSession Store => Factory.Services.GetRequiredService<ICypherSession>();

    public async ValueTask InitializeAsync()
    {
        Client = Factory.CreateClient();
        await SeedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        RepoPaths.DeleteDataDirectory(Factory.DataDirectory);
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes what the tests need, once the service has started.</summary>
    private protected virtual Task SeedAsync() => Task.CompletedTask;
}
