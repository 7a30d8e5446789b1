using System.Net;

namespace Graph.Api.Tests.Security;

/// <summary>No page on another origin may read the service unless Graph:Cors:Origins names that origin.</summary>
public sealed class CorsTests
{
    [Fact]
    public async Task By_default_no_response_carries_cors_headers()
    {
        await using var service = SecuredService.Start();
        var client = service.Client();
        var get = new HttpRequestMessage(HttpMethod.Get, "/export/graph.cyjs.json");
        get.Headers.Add("Origin", "http://localhost:3000");

        using var response = await client.SendAsync(get, TestContext.Current.CancellationToken);
        using var preflight = await client.SendAsync(Preflight("http://localhost:3000"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, header => header.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(preflight.Headers, header => header.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Configured_origins_are_allowed_and_no_others()
    {
        await using var service = SecuredService.Start(("Graph:Cors:Origins:0", "https://notes.example.org"), ("Graph:ApiKey", "cors-key-0123456789"));
        var client = service.Client();

        using var allowed = await client.SendAsync(Preflight("https://notes.example.org"), TestContext.Current.CancellationToken);
        using var other = await client.SendAsync(Preflight("https://evil.example"), TestContext.Current.CancellationToken);

        Assert.True(allowed.IsSuccessStatusCode, $"preflight answered {allowed.StatusCode} (it carries no key, and needs none)");
        Assert.Equal("https://notes.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var headers = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers"));
        Assert.Contains("x-api-key", headers, StringComparison.OrdinalIgnoreCase);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return request;
    }
}
