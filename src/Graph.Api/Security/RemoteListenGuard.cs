namespace Graph.Api.Security;

/// <summary>
/// Refuses to start, before Kestrel binds, when the service would listen beyond loopback with no API key: anyone who
/// reaches the address could read and query the whole graph. Graph:AllowAnonymousRemote=true serves so on purpose
/// (behind a proxy that authenticates, say).
/// </summary>
internal sealed class RemoteListenGuard(IConfiguration configuration) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var access = AccessOptions.From(configuration);
        if (access.ApiKey is null && !access.AllowAnonymousRemote
            && ListenAddresses.From(configuration).FirstOrDefault(url => !ListenAddresses.IsLoopback(url)) is { } remote)
        {
            throw new InvalidOperationException(
                $"Refusing to listen on {remote} without an API key: anyone who can reach that address could read the whole graph. " +
                $"Set {AccessOptions.ApiKeySetting} (environment: Graph__ApiKey) to a long random secret, listen on localhost only " +
                $"(--urls http://localhost:5000), or set {AccessOptions.AllowAnonymousRemoteSetting}=true to serve without a key on purpose.");
        }
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
