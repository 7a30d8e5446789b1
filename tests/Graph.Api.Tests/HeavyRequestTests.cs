using Graph.Testing;

namespace Graph.Api.Tests;

/// <summary>
/// Requests over the heavy cost run a few at a time, in a lane of their own: past its queue they are answered 429,
/// while light requests keep answering. One heavy turn and no queue here.
/// </summary>
public sealed class HeavyRequestTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-heavy"),
        services: GraphApiFactory.WrappingSession(session => new SlowStatementSession(session, SlowStatementSession.IsSearch)),
        settings: new Dictionary<string, string>
        {
            ["Graph:Limits:HeavyRequestCost"] = "10",
            ["Graph:Limits:MaxConcurrentHeavyRequests"] = "1",
            ["Graph:Limits:MaxConcurrentRequests"] = "2",
            ["Graph:Limits:MaxQueuedRequests"] = "0",
            ["Graph:Limits:ExecutionTimeout"] = "00:00:20",
        }))
{
    [Fact(Timeout = 60_000)]
    public async Task A_heavy_request_past_the_heavy_lane_gets_429_while_light_ones_answer()
    {
        var slow = (SlowStatementSession)Store;
        // search(first: 20) { id } costs 40: heavy here.
        var first = Client.PostAsync("""{ search(text: "slow", first: 20) { id } }""");
        await slow.Entered;

        var second = await Client.PostAsync("""{ search(text: "also slow", first: 20) { id } }""");
        var light = await Client.PostAsync("{ __typename }");
        var anotherLight = await Client.PostAsync("{ __typename }");

        Assert.Equal(429, second.Status);
        Assert.Contains("busy with heavy requests", second.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(1), second.Response.Headers.RetryAfter?.Delta);
        // The heavy request gave its request turn back: both of them are free for light requests.
        light.AssertData();
        anotherLight.AssertData();
        Assert.Equal(1, slow.Entries);
        Assert.False(first.IsCompleted);
    }
}
