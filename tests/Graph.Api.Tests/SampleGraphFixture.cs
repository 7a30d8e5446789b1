using Graph.Testing;

namespace Graph.Api.Tests;

/// <summary>One service over the imported sample wiki, shared by the tests of a class (importing is the slow part).</summary>
public sealed class SampleGraphFixture : IAsyncLifetime
{
    private readonly GraphApiFactory factory = GraphApiFactory.WithSampleWiki();

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
