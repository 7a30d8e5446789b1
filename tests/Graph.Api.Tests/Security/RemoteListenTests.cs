
using Graph.Api.Security;

namespace Graph.Api.Tests.Security;

/// <summary>Listening beyond loopback without an API key is refused at start, naming the setting to set.</summary>
public sealed class RemoteListenTests
{
    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080")]
    [InlineData("urls", "http://localhost:5000;http://*:5001")]
    [InlineData("urls", "http://+:80")]
    [InlineData("urls", "http://[::]:80")]
    [InlineData("urls", "http://graph.example.org:80")]
    [InlineData("urls", "http://192.168.1.20:80")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Web:Url", "http://0.0.0.0:8080")]
    public async Task A_start_beyond_loopback_without_a_key_is_refused_naming_the_setting(string setting, string value)
    {
        await using var service = SecuredService.Start((setting, value));

        var error = Assert.ThrowsAny<Exception>(() => service.Client());

        var message = Flatten(error);
        Assert.Contains("Graph:ApiKey", message, StringComparison.Ordinal);
        Assert.Contains("Graph__ApiKey", message, StringComparison.Ordinal);
        Assert.Contains("Graph:AllowAnonymousRemote", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Graph:ApiKey", "remote-key-0123456789")]
    [InlineData("Graph:AllowAnonymousRemote", "true")]
    public async Task A_key_or_the_explicit_opt_out_lets_it_start(string setting, string value)
    {
        await using var service = SecuredService.Start(("urls", "http://0.0.0.0:8080"), (setting, value));

        using var response = await service.Client().GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://127.0.0.1:0", true)]
    [InlineData("https://[::1]:5001", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://example.org:5000", false)]
    public void Loopback_addresses_are_told_apart(string url, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(url));

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is null ? "" : " | " + Flatten(error.InnerException));
}
