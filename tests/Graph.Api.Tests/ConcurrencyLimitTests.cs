using Graph.Testing;

namespace Graph.Api.Tests;

/// <summary>/graphql runs a bounded number of requests at once; past the queue a request is answered 429 with Retry-After.</summary>
public sealed class ConcurrencyLimitTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-concurrency"),
        services: GraphApiFactory.WrappingSession(session => new SlowStatementSession(session, SlowStatementSession.IsSearch)),
        settings: new Dictionary<string, string>
        {
            ["Graph:Limits:MaxConcurrentRequests"] = "1",
            ["Graph:Limits:MaxQueuedRequests"] = "0",
            ["Graph:Limits:ExecutionTimeout"] = "00:00:20",
        }))
{
    [Fact(Timeout = 60_000)]
    public async Task A_request_past_the_running_and_queued_limits_gets_429_with_Retry_After()
    {
        var running = Client.PostAsync("""{ search(text: "slow") { id } }""");
        await ((SlowStatementSession)Store).Entered;

        var answer = await Client.PostAsync("{ __typename }");

        Assert.Equal(429, answer.Status);
        Assert.True(answer.Response.Headers.RetryAfter?.Delta > TimeSpan.Zero, answer.Response.Headers.ToString());
        Assert.Contains("1 running and 0 queued", answer.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(running.IsCompleted);
    }
}
