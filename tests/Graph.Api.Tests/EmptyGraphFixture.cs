using Graph.Testing;

namespace Graph.Api.Tests;

/// <summary>One service over a fresh, empty store: for protocol tests that do not need the sample data.</summary>
public sealed class EmptyGraphFixture : IAsyncLifetime
{
    private readonly GraphApiFactory factory = new(RepoPaths.NewTempDirectory("graph-api-empty"));

    internal HttpClient Client { get; private set; } = null!;

    internal IServiceProvider Services => factory.Services;

    public ValueTask InitializeAsync()
    {
        Client = factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        RepoPaths.DeleteDataDirectory(factory.DataDirectory);
    }
}
