using System.Text.Json;
using Graph.Api.Data;
using Graph.Core.Model;

namespace Graph.Api.Tests;

/// <summary>
/// where: { mentions: { name: { eq: "Codex" } } }: filters across one relationship (at least one node at its far end
/// passes every test given), and `in` ignoring case while `eq` minds it. Answers are checked against the relationship
/// fields, which are read by other statements.
/// </summary>
public sealed class RelatedFilterTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Fact]
    public async Task Sources_mentioning_a_tool_are_the_ones_the_tool_is_mentioned_in()
    {
        var data = (await graph.Client.PostAsync("""
            {
              filtered: sources(first: 100, where: { mentions: { name: { eq: "Codex" } } }) { totalCount nodes { id mentions { name } } }
              codex: tools(where: { id: { eq: "tool:codex" } }) { nodes { mentionedIn { id } } }
            }
            """)).AssertData();

        var filtered = data.GetProperty("filtered").GetProperty("nodes");
        var expected = Ids(data.GetProperty("codex").GetProperty("nodes")[0].GetProperty("mentionedIn"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Ids(filtered).Order(StringComparer.Ordinal));
        Assert.All(filtered.EnumerateArray(), source => Assert.Contains("Codex", Names(source.GetProperty("mentions"))));
    }

    [Fact]
    public async Task Theses_held_by_someone_whose_name_contains_a_word_ignoring_case()
    {
        var data = (await graph.Client.PostAsync("""
            {
              filtered: theses(first: 100, where: { heldBy: { name: { contains: "SHIPPER" } } }) { nodes { id } }
              holders: people(first: 100, where: { name: { contains: "shipper" } }) { nodes { holds { id } } }
            }
            """)).AssertData();

        var expected = data.GetProperty("holders").GetProperty("nodes").EnumerateArray()
            .SelectMany(person => Ids(person.GetProperty("holds"))).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(data.GetProperty("filtered").GetProperty("nodes")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_test_of_a_relationship_filter_must_hold_on_the_same_far_node()
    {
        // The Codex source mentions both Codex and Claude Code, but no one tool is called Codex and has Claude Code's id.
        var data = (await graph.Client.PostAsync("""
            {
              same: sources(where: { mentions: { name: { eq: "Codex" }, id: { eq: "tool:claude-code" } } }) { totalCount }
              one: sources(where: { mentions: { name: { eq: "Codex" }, id: { eq: "tool:codex" } } }) { totalCount }
              both: sources(where: { mentions: { name: { eq: "Codex" } }, people: { name: { startsWith: "andrew" } } }) { totalCount }
              neither: sources(where: { mentions: { name: { eq: "Codex" } }, people: { name: { eq: "Nobody" } } }) { totalCount }
            }
            """)).AssertData();

        Assert.Equal(0, data.GetProperty("same").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, data.GetProperty("one").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, data.GetProperty("both").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("neither").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task In_ignores_case_and_eq_does_not()
    {
        var data = (await graph.Client.PostAsync("""
            {
              within: tools(where: { name: { in: ["CODEX", "claude code", "nothing"] } }) { nodes { name } }
              exact: tools(where: { name: { eq: "codex" } }) { totalCount }
              across: sources(where: { mentions: { name: { in: ["SLACK"] } } }) { totalCount }
            }
            """)).AssertData();

        Assert.Equal(["Claude Code", "Codex"], Names(data.GetProperty("within").GetProperty("nodes")));
        Assert.Equal(0, data.GetProperty("exact").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, data.GetProperty("across").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Values_of_a_relationship_filter_are_parameters_not_cypher()
    {
        const string probe = "x' }) RETURN 1 //";
        var query = new NodeListQuery(Labels.Source,
            new NodeFilter([], [], [], [new RelatedCondition(GraphHops.SourceMentions, [PropertyCondition.Single("name", PropertyTest.Contains, probe)])]),
            NodeOrder.ByName, 0, 5);

        var (statement, parameters) = query.Compile();
        var data = (await graph.Client.PostAsync("query($v: String!) { sources(where: { mentions: { name: { contains: $v } } }) { totalCount } }", new { v = probe })).AssertData();

        Assert.DoesNotContain(probe, statement, StringComparison.Ordinal);
        Assert.Contains(probe.ToLowerInvariant(), parameters.Values);
        Assert.Equal(0, data.GetProperty("sources").GetProperty("totalCount").GetInt32());
    }

    private static List<string> Ids(JsonElement nodes) => [.. nodes.EnumerateArray().Select(node => node.GetProperty("id").GetString()!)];

    private static List<string> Names(JsonElement nodes) => [.. nodes.EnumerateArray().Select(node => node.GetProperty("name").GetString()!)];
}
