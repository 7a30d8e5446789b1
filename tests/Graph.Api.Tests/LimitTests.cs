using System.Text.Json;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// Depth, complexity, page size, traversal bounds and execution time, configured low through the "Graph:Limits"
/// section: each over-limit request gets a spec-shaped GraphQL error, never a 500 or a hang.
/// </summary>
public sealed class LimitTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-limits"),
        RepoPaths.SampleWiki,
        GraphApiFactory.WrappingSession(session => new SlowStatementSession(session, SlowStatementSession.IsSharedTheses)),
        new Dictionary<string, string>
        {
            ["Graph:Limits:MaxDepth"] = "3",
            ["Graph:Limits:MaxComplexity"] = "300",
            ["Graph:Limits:MaxPageSize"] = "5",
            ["Graph:Limits:DefaultPageSize"] = "2",
            ["Graph:Limits:MaxPathHops"] = "2",
            ["Graph:Limits:MaxTraversalDepth"] = "1",
            ["Graph:Limits:MaxNodes"] = "4",
            // Long enough for any real request on a busy machine; the slow statement below takes a minute.
            ["Graph:Limits:ExecutionTimeout"] = "00:00:03",
        }))
{
    [Fact]
    public async Task Depth_over_the_configured_maximum_is_a_validation_error()
    {
        var answer = await Client.PostAsync("""{ person(name: "Dan Shipper") { holds { heldBy { id } } } }""");

        Assert.Equal(400, answer.Status);
        Assert.Contains("the maximum depth is 3", answer.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(answer.Body.TryGetProperty("data", out _));
        (await Client.PostAsync("""{ person(name: "Dan Shipper") { holds { id } } }""")).AssertData();
    }

    [Fact]
    public async Task Complexity_over_the_configured_maximum_is_a_validation_error()
    {
        // Within the depth limit, but 30 pages of 5 nodes with several fields each.
        var pages = string.Join(" ", Enumerable.Range(0, 30).Select(i => $"s{i}: sources(first: 5) {{ nodes {{ id title kind date url }} }}"));
        var answer = await Client.PostAsync($"{{ {pages} }}");

        Assert.Equal(400, answer.Status);
        var error = answer.FirstError;
        Assert.Contains("maximum allowed on this endpoint is 300", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("COMPLEXITY", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(answer.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Complexity_is_checked_on_every_request_of_a_cached_document_as_its_variables_change()
    {
        var pages = string.Join(" ", Enumerable.Range(0, 30).Select(i => $"s{i}: sources(first: $n) {{ nodes {{ id title kind date url }} }}"));
        var query = $"query($n: Int) {{ {pages} }}";

        (await Client.PostAsync(query, new { n = 1 })).AssertData();
        (await Client.PostAsync(query, new { n = 1 })).AssertData();
        var answer = await Client.PostAsync(query, new { n = 5 });

        Assert.Equal(400, answer.Status);
        Assert.Equal("COMPLEXITY", answer.FirstError.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_document_without_variables_answers_the_same_when_served_from_the_cache()
    {
        const string query = """{ sources(first: 3) { nodes { id title } } }""";

        var first = await Client.PostAsync(query);
        var second = await Client.PostAsync(query);

        first.AssertData();
        Assert.Equal(first.Body.ToString(), second.Body.ToString());
    }

    [Fact]
    public async Task A_document_that_failed_validation_fails_again_when_repeated()
    {
        const string tooDeep = """{ person(name: "Dan Shipper") { holds { heldBy { id } } } }""";

        var first = await Client.PostAsync(tooDeep);
        var second = await Client.PostAsync(tooDeep);

        Assert.Equal(400, first.Status);
        Assert.Equal(first.Body.ToString(), second.Body.ToString());
    }

    [Fact]
    public async Task Configured_page_size_bounds_first_and_sets_the_default()
    {
        var data = (await Client.PostAsync("{ sources { totalCount nodes { id } } }")).AssertData();
        Assert.Equal(Math.Min(2, data.GetProperty("sources").GetProperty("totalCount").GetInt32()), data.GetProperty("sources").GetProperty("nodes").GetArrayLength());

        var answer = await Client.PostAsync("{ sources(first: 6) { totalCount } }");
        Assert.Equal(200, answer.Status);
        Assert.Contains("'first' must be between 0 and 5", answer.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("LIMIT_EXCEEDED", answer.FirstError.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{ path(from: "tool:codex", to: "person:dan-shipper", maxHops: 3) { nodes { id } } }""", "'maxHops' must be between 1 and 2")]
    [InlineData("""{ neighborhood(id: "tool:codex", depth: 2) { nodes { id } } }""", "'depth' must be between 0 and 1")]
    [InlineData("""{ neighborhood(id: "tool:codex", limit: 5) { nodes { id } } }""", "'limit' must be between 1 and 4")]
    [InlineData("""{ related(source: "The AI Paradox", depth: 2) { distance } }""", "'depth' must be between 1 and 1")]
    [InlineData("""{ search(text: "a", first: 5) { id } }""", "'first' must be between 0 and 4")]
    [InlineData("""{ nodes(ids: ["a:1", "a:2", "a:3", "a:4", "a:5"]) { id } }""", "at most 4 nodes")]
    public async Task Traversal_bounds_are_field_errors_naming_the_argument(string query, string message)
    {
        var answer = await Client.PostAsync(query);

        Assert.Equal(200, answer.Status);
        Assert.Contains(message, answer.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(answer.FirstError.TryGetProperty("path", out _), answer.ToString());
    }

    [Fact(Timeout = 20_000)]
    public async Task A_request_over_the_execution_time_is_stopped_with_a_timeout_error()
    {
        var answer = await Client.PostAsync("""{ thesesSharedBy(people: ["Dan Shipper"]) { id } }""");

        Assert.NotEqual(500, answer.Status);
        Assert.True(answer.HasErrors, answer.ToString());
        Assert.Equal("The request timed out: it ran longer than 3 s, the limit.", answer.FirstError.GetProperty("message").GetString());
        Assert.Equal("TIMEOUT", answer.FirstError.GetProperty("extensions").GetProperty("code").GetString());
        (await Client.PostAsync("{ node(id: \"tool:codex\") { id } }")).AssertData();
    }
}
