namespace Graph.Api.Tests;

/// <summary>
/// Documents within every size limit whose fields would fetch far more than they look: the cost counts what a field
/// fetches (limit × depth for a traversal, the page size for a list), so they are refused before anything runs.
/// Default limits over the sample wiki.
/// </summary>
public sealed class CostLimitTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Fact]
    public async Task Many_deep_wide_neighborhoods_cost_limit_times_depth_each_and_are_refused()
    {
        var aliases = Enumerable.Range(0, 100).Select(i => $"n{i}: neighborhood(id: \"tool:codex\", depth: 3, limit: 500) {{ nodes {{ id }} }}");

        var answer = await graph.Client.PostAsync("{ " + string.Join(" ", aliases) + " }");

        AssertTooCostly(answer, 200_100);
    }

    [Fact]
    public async Task Many_large_searches_cost_their_page_size_each_and_are_refused()
    {
        var aliases = Enumerable.Range(0, 150).Select(i => $"s{i}: search(text: \"a\", first: 500) {{ id }}");

        var answer = await graph.Client.PostAsync("{ " + string.Join(" ", aliases) + " }");

        AssertTooCostly(answer, 150_000);
    }

    [Fact]
    public async Task One_full_neighborhood_to_draw_is_within_the_cost()
    {
        const string query = """
            { neighborhood(id: "tool:codex", depth: 3, limit: 500) { nodes { id } edges { type from to evidence } } }
            """;

        var data = (await graph.Client.PostAsync(query)).AssertData();

        Assert.True(data.GetProperty("neighborhood").GetProperty("nodes").GetArrayLength() > 1);
    }

    private static void AssertTooCostly(GraphQLAnswer answer, int cost)
    {
        Assert.Equal(400, answer.Status);
        var error = answer.FirstError;
        Assert.Equal("COMPLEXITY", error.GetProperty("extensions").GetProperty("code").GetString());
        var message = error.GetProperty("message").GetString();
        Assert.True(message!.Contains($"Complexity is {cost};", StringComparison.Ordinal), message);
        Assert.Contains("maximum allowed on this endpoint is 100000", message, StringComparison.Ordinal);
        Assert.False(answer.Body.TryGetProperty("data", out _));
    }
}
