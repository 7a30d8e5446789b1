using Graph.Api.CypherConsole;
using Graph.Core.Cypher;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Browser;

/// <summary>The console's bounds as HTTP answers: 408 past the time limit (and the service keeps answering), a capped row set.</summary>
public sealed class ConsoleLimitEndpointTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-console"), services: services =>
        services.Configure<CypherConsoleOptions>(options =>
        {
            options.Timeout = TimeSpan.FromMilliseconds(300);
            options.MaxRows = 7;
        })))
{
    private protected override async Task SeedAsync()
    {
        await ConsoleLimitTests.SeedDenseGraphAsync(Store);
    }

    [Fact]
    public async Task A_heavy_query_gets_408_with_the_limit_and_the_service_still_answers()
    {
        var (status, body) = await Client.RunAsync(ConsoleLimitTests.EndlessQuery);

        Assert.Equal(408, status);
        var error = body.GetProperty("error");
        Assert.Equal("Neo.ClientError.Transaction.TransactionTimedOut", error.GetProperty("code").GetString());
        Assert.Contains("0.3 s", error.GetProperty("message").GetString());
        var (after, _) = await Client.RunAsync("RETURN 1 AS one");
        Assert.Equal(200, after);
    }

    [Fact]
    public async Task Rows_past_the_cap_are_dropped_and_the_answer_says_so()
    {
        var (status, body) = await Client.RunAsync("MATCH (n:N) RETURN n.i AS i ORDER BY i");

        Assert.Equal(200, status);
        Assert.Equal(7, body.GetProperty("rows").GetArrayLength());
        Assert.Equal(30, body.GetProperty("totalRows").GetInt32());
        Assert.True(body.GetProperty("truncated").GetBoolean());
    }
}
