using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>
/// topTools, topPeople, topTheses: nodes with their counts, most first, ties by name; each count checked against the
/// relationship field it counts, as the API serves that field.
/// </summary>
public sealed class TopListTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Theory]
    [InlineData("topTools", "tool", "mentionedIn")]
    [InlineData("topPeople", "person", "appearsIn")]
    [InlineData("topTheses", "thesis", "heldBy")]
    public async Task Each_count_is_how_many_nodes_the_relationship_field_has_most_first(string field, string node, string counted)
    {
        var data = (await graph.Client.PostAsync($"{{ {field}(first: 100) {{ count {node} {{ name {counted} {{ id }} }} }} }}")).AssertData();

        var ranked = data.GetProperty(field).EnumerateArray()
            .Select(entry => (Count: entry.GetProperty("count").GetInt32(), Name: entry.GetProperty(node).GetProperty("name").GetString()!, Related: entry.GetProperty(node).GetProperty(counted).GetArrayLength()))
            .ToList();
        Assert.True(ranked.Count >= 2 && ranked[0].Count > ranked[^1].Count, $"the sample wiki ranks several with different counts: {data}");
        Assert.All(ranked, entry => Assert.Equal(entry.Related, entry.Count));
        Assert.All(ranked, entry => Assert.True(entry.Count > 0, $"{entry.Name} has no {counted} and is listed"));
        Assert.Equal(ranked.OrderByDescending(entry => entry.Count).ThenBy(entry => entry.Name, StringComparer.Ordinal).ToList(), ranked);
    }

    [Fact]
    public async Task Every_tool_some_source_mentions_is_ranked_and_first_cuts_the_list()
    {
        var data = (await graph.Client.PostAsync("""
            {
              all: topTools(first: 100) { tool { id } }
              two: topTools(first: 2) { tool { id } }
              none: topTools(first: 0) { count }
              mentioned: tools(first: 100, where: { has: [MENTIONED_IN] }) { nodes { id } }
            }
            """)).AssertData();

        var all = Ids(data.GetProperty("all"));
        Assert.Equal(
            data.GetProperty("mentioned").GetProperty("nodes").EnumerateArray().Select(tool => tool.GetProperty("id").GetString()!).Order(StringComparer.Ordinal),
            all.Order(StringComparer.Ordinal));
        Assert.Equal(all.Take(2), Ids(data.GetProperty("two")));
        Assert.Equal(0, data.GetProperty("none").GetArrayLength());
    }

    [Fact]
    public async Task First_over_the_page_size_limit_is_a_field_error_stating_limit_and_value()
    {
        var answer = await graph.Client.PostAsync("{ topPeople(first: 101) { count } }");

        Assert.Equal(200, answer.Status);
        Assert.Equal("'first' must be between 0 and 100 (the configured limit), not 101.", answer.FirstError.GetProperty("message").GetString());
        Assert.Equal("LIMIT_EXCEEDED", answer.FirstError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("topPeople", answer.FirstError.GetProperty("path")[0].GetString());
    }

    private static List<string> Ids(JsonElement entries) =>
        [.. entries.EnumerateArray().Select(entry => entry.GetProperty("tool").GetProperty("id").GetString()!)];
}
