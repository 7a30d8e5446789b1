using Graph.Testing;

namespace Graph.Api.Tests;

/// <summary>
/// A heavy request's answer goes out at once, but its turn rests before the next heavy request may take it, so that a
/// stream of heavy requests keeps at most part of a core. The rest is stretched to minutes here to see it.
/// </summary>
public sealed class HeavyLaneRestTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-heavy-rest"),
        settings: new Dictionary<string, string>
        {
            ["Graph:Limits:HeavyRequestCost"] = "10",
            ["Graph:Limits:MaxConcurrentHeavyRequests"] = "1",
            ["Graph:Limits:MaxQueuedRequests"] = "0",
            ["Graph:Limits:HeavyRestRatio"] = "1000000",
        }))
{
    [Fact(Timeout = 60_000)]
    public async Task The_next_heavy_request_waits_out_the_rest_while_light_ones_answer()
    {
        var first = await Client.PostAsync("""{ search(text: "codex", first: 20) { id } }""");
        var second = await Client.PostAsync("""{ search(text: "claude", first: 20) { id } }""");
        var light = await Client.PostAsync("{ __typename }");

        first.AssertData();
        Assert.Equal(429, second.Status);
        Assert.Contains("busy with heavy requests", second.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        light.AssertData();
    }
}
