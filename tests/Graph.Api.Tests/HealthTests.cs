using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>/health/live and /health/ready.</summary>
public sealed class HealthTests(EmptyGraphFixture graph) : IClassFixture<EmptyGraphFixture>
{
    [Fact]
    public async Task Live_answers_healthy()
    {
        using var response = await graph.Client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_reports_the_store_answering()
    {
        using var response = await graph.Client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var store = body.RootElement.GetProperty("checks").GetProperty("store");
        Assert.Equal("Healthy", store.GetProperty("status").GetString());
        Assert.Equal("embedded", store.GetProperty("data").GetProperty("backend").GetString());
    }
}
