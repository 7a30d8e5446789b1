using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>
/// orderBy: [{ count: MENTIONED_IN, direction: DESC }]: lists sorted by how many distinct nodes a relationship field has,
/// checked against that very relationship field as the API serves it (its lists hold each far node once).
/// </summary>
public sealed class CountOrderTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Fact]
    public async Task Tools_sort_by_how_many_sources_mention_them_ties_by_name()
    {
        var data = (await graph.Client.PostAsync("""
            { tools(first: 100, orderBy: [{ count: MENTIONED_IN, direction: DESC }]) { totalCount nodes { name mentionedIn { id } } } }
            """)).AssertData();

        var tools = Keyed(data.GetProperty("tools").GetProperty("nodes"), "mentionedIn");
        Assert.True(tools.Count >= 3 && tools.Select(tool => tool.Counts[0]).Distinct().Count() > 1, $"the sample wiki's tools have different counts: {data}");
        Assert.Equal(data.GetProperty("tools").GetProperty("totalCount").GetInt32(), tools.Count);
        Assert.Equal(tools.OrderByDescending(tool => tool.Counts[0]).ThenBy(tool => tool.Name, StringComparer.Ordinal).ToList(), tools);
    }

    [Fact]
    public async Task Theses_count_each_holder_once_though_two_pages_state_it()
    {
        // Dan Shipper's HOLDS of "every agent needs a human who cares about it" comes from two pages: two relationships, one holder.
        var data = (await graph.Client.PostAsync("""
            { theses(first: 100, orderBy: [{ count: HELD_BY, direction: DESC }]) { nodes { name heldBy { id } } } }
            """)).AssertData();

        var theses = Keyed(data.GetProperty("theses").GetProperty("nodes"), "heldBy");
        Assert.Equal(theses.OrderByDescending(thesis => thesis.Counts[0]).ThenBy(thesis => thesis.Name, StringComparer.Ordinal).ToList(), theses);
    }

    [Fact]
    public async Task Ties_fall_to_the_next_key_then_to_name()
    {
        var data = (await graph.Client.PostAsync("""
            { people(first: 100, orderBy: [{ count: APPEARS_IN, direction: DESC }, { count: HOLDS }]) { nodes { name appearsIn { id } holds { id } } } }
            """)).AssertData();

        var people = Keyed(data.GetProperty("people").GetProperty("nodes"), "appearsIn", "holds");
        var expected = people
            .OrderByDescending(person => person.Counts[0])
            .ThenBy(person => person.Counts[1])
            .ThenBy(person => person.Name, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, people);
        Assert.Contains(people, person => person.Counts[0] == people[0].Counts[0] && person.Counts[1] != people[0].Counts[1]);
    }

    [Fact]
    public async Task Pages_of_a_count_order_follow_one_another_without_gaps_or_repeats()
    {
        const string order = "orderBy: [{ count: APPEARS_IN, direction: DESC }]";
        var all = (await graph.Client.PostAsync($"{{ people(first: 100, {order}) {{ nodes {{ id }} }} }}")).AssertData();
        var expected = all.GetProperty("people").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!).ToList();

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await graph.Client.PostAsync(
                $"query($after: String) {{ people(first: 3, after: $after, {order}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { after })).AssertData().GetProperty("people");
            seen.AddRange(page.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null && seen.Count <= expected.Count);

        Assert.True(expected.Count > 3, "several pages");
        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("[{ field: NAME, count: MENTIONED_IN }]", "orderBy[0] has both field: NAME and count: MENTIONED_IN; give exactly one of them.")]
    [InlineData("[{ field: NAME }, { direction: DESC }]", "orderBy[1] has neither field nor count; give exactly one of them.")]
    public async Task A_sort_key_needs_exactly_one_of_field_and_count(string orderBy, string message)
    {
        var answer = await graph.Client.PostAsync($"{{ tools(orderBy: {orderBy}) {{ totalCount }} }}");

        Assert.Equal(200, answer.Status);
        Assert.Equal(message, answer.FirstError.GetProperty("message").GetString());
        Assert.Equal("INVALID_ORDER", answer.FirstError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("tools", answer.FirstError.GetProperty("path")[0].GetString());
        Assert.Equal(JsonValueKind.Null, answer.Data.ValueKind);
    }

    /// <summary>Each node's name and the lengths of the given relationship fields, in the order served.</summary>
    private static List<Keyed> Keyed(JsonElement nodes, params string[] fields) =>
        [.. nodes.EnumerateArray().Select(node => new Keyed(node.GetProperty("name").GetString()!, [.. fields.Select(field => node.GetProperty(field).GetArrayLength())]))];
}

internal sealed record Keyed(string Name, IReadOnlyList<int> Counts)
{
    public bool Equals(Keyed? other) => other is not null && Name == other.Name && Counts.SequenceEqual(other.Counts);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => $"{Name} ({string.Join(", ", Counts)})";
}
