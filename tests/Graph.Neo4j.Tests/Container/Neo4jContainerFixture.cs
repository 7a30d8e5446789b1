using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace Graph.Neo4j.Tests.Container;

/// <summary>
/// A real Neo4j (neo4j:5.26-community) in Docker for the container suite, started once per test class.
/// Where Docker is missing or the container cannot start, nothing fails here: <see cref="SkipReason"/> says why
/// and every test skips with it.
/// </summary>
public sealed class Neo4jContainerFixture : IAsyncLifetime
{
    public const string Image = "neo4j:5.26-community";
    private const string Password = "graph-test-password";
    private const int HttpPort = 7474;

    private IContainer? _container;

    public string? SkipReason { get; private set; }

    public Neo4jOptions Options { get; private set; } = new();

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        if (await DockerProbe.WhyUnavailableAsync(cancellationToken) is { } reason)
        {
            SkipReason = $"Docker is not available: {reason}";
            return;
        }
        _container = new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
            .WithPortBinding(HttpPort, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilMessageIsLogged("Started\\."))
            .Build();
        try
        {
            await _container.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            SkipReason = $"Docker is not available: the daemon answered but {Image} did not start ({e.GetType().Name}: {e.Message})";
            return;
        }
        Options = new Neo4jOptions
        {
            Uri = new Uri($"http://{_container.Hostname}:{_container.GetMappedPublicPort(HttpPort)}"),
            User = "neo4j",
            Password = Password,
            MaxRetryAttempts = 5,
            RequestTimeout = TimeSpan.FromSeconds(30),
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
