using Graph.Api.Data;
using Graph.Testing;

namespace Graph.Api.Tests;

/// <summary>Requests over the heavy cost wait for one of a few turns after validation; light requests do not wait for them.</summary>
public sealed class HeavyRequestTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-heavy"),
        services: GraphApiFactory.WrappingSession(session => new SlowStatementSession(session, GraphTraversals.Search)),
        settings: new Dictionary<string, string>
        {
            ["Graph:Limits:HeavyRequestCost"] = "10",
            ["Graph:Limits:MaxConcurrentHeavyRequests"] = "1",
            ["Graph:Limits:ExecutionTimeout"] = "00:00:20",
        }))
{
    [Fact(Timeout = 60_000)]
    public async Task A_second_heavy_request_waits_for_the_turn_while_a_light_one_answers()
    {
        var slow = (SlowStatementSession)Store;
        // search(first: 20) { id } costs 40: heavy here.
        var first = Client.PostAsync("""{ search(text: "slow", first: 20) { id } }""");
        await slow.Entered;
        var second = Client.PostAsync("""{ search(text: "also slow", first: 20) { id } }""");

        (await Client.PostAsync("{ __typename }")).AssertData();

        Assert.Equal(1, slow.Entries);
        Assert.False(first.IsCompleted);
        Assert.False(second.IsCompleted);
    }
}
