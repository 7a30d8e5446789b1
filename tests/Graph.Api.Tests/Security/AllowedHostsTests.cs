using System.Net;
using System.Text.Json;

namespace Graph.Api.Tests.Security;

/// <summary>
/// DNS rebinding: a page at http://evil.example:5000 whose name is made to resolve to 127.0.0.1 reads the service as
/// its own origin, but its requests still carry Host: evil.example. Only local names, and those configured, get through.
/// </summary>
public sealed class AllowedHostsTests
{
    [Theory]
    [InlineData("http://localhost/export/graph.graphml")]
    [InlineData("http://localhost:5000/export/graph.graphml")]
    [InlineData("http://127.0.0.1:8080/export/graph.graphml")]
    [InlineData("http://[::1]:5000/export/graph.graphml")]
    [InlineData("http://LOCALHOST/health/live")]
    public async Task Local_names_on_any_port_are_served(string url)
    {
        await using var service = SecuredService.Start();

        using var response = await service.Client().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("http://evil.example:5000/export/graph.graphml")]
    [InlineData("http://localhost.evil.example/cypher/library")]
    [InlineData("http://127.0.0.2/health/live")]
    public async Task Another_host_gets_400_naming_the_setting_that_allows_it(string url)
    {
        await using var service = SecuredService.Start();

        using var response = await service.Client().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var error = json.RootElement.GetProperty("error");
        Assert.Equal("HostNotAllowed", error.GetProperty("code").GetString());
        Assert.Contains("Graph:AllowedHosts", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<graphml", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_hosts_are_added_to_the_local_ones()
    {
        await using var service = SecuredService.Start(("Graph:AllowedHosts:0", "graph.example.org"), ("Graph:AllowedHosts:1", "10.0.0.5"));
        var client = service.Client();

        using var named = await client.GetAsync("http://Graph.Example.org:8080/health/live", TestContext.Current.CancellationToken);
        using var address = await client.GetAsync("http://10.0.0.5/health/live", TestContext.Current.CancellationToken);
        using var local = await client.GetAsync("http://localhost/health/live", TestContext.Current.CancellationToken);
        using var other = await client.GetAsync("http://evil.example/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal(HttpStatusCode.OK, address.StatusCode);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task A_list_in_one_environment_variable_is_split_on_semicolons()
    {
        await using var service = SecuredService.Start(("Graph:AllowedHosts", "a.example; b.example"));

        using var response = await service.Client().GetAsync("http://b.example/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_star_turns_the_check_off()
    {
        await using var service = SecuredService.Start(("Graph:AllowedHosts:0", "*"));

        using var response = await service.Client().GetAsync("http://anything.example/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
