using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>Query.sources, people...: Relay connections with first/after, totalCount, pageInfo, where and orderBy.</summary>
public sealed class ConnectionTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Fact]
    public async Task Pages_follow_one_another_without_gaps_or_repeats()
    {
        var all = (await graph.Client.PostAsync("{ theses(first: 100) { totalCount nodes { id } } }")).AssertData().GetProperty("theses");
        var total = all.GetProperty("totalCount").GetInt32();
        var everyId = Ids(all.GetProperty("nodes"));
        Assert.True(total >= 5, $"the sample wiki has several theses: {all}");
        Assert.Equal(total, everyId.Count);

        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var connection = (await graph.Client.PostAsync(
                "query($after: String) { theses(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }",
                new { after })).AssertData().GetProperty("theses");
            Assert.Equal(total, connection.GetProperty("totalCount").GetInt32());
            var edges = connection.GetProperty("edges").EnumerateArray().ToList();
            Assert.True(edges.Count <= 2);
            seen.AddRange(edges.Select(edge => edge.GetProperty("node").GetProperty("id").GetString()!));
            var info = connection.GetProperty("pageInfo");
            Assert.Equal(after is not null, info.GetProperty("hasPreviousPage").GetBoolean());
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
            after = info.GetProperty("endCursor").GetString();
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), after);
        }
        Assert.Equal(everyId, seen);
    }

    [Fact]
    public async Task Default_order_is_by_name_and_orderBy_reverses_it()
    {
        var data = (await graph.Client.PostAsync("""
            { up: people(first: 100) { nodes { name } } down: people(first: 100, orderBy: [{ field: NAME, direction: DESC }]) { nodes { name } } }
            """)).AssertData();

        var up = Names(data.GetProperty("up").GetProperty("nodes"));
        var down = Names(data.GetProperty("down").GetProperty("nodes"));
        Assert.Equal(up.Order(StringComparer.Ordinal).ToList(), up);
        Assert.Equal(Enumerable.Reverse(up).ToList(), down);
    }

    [Fact]
    public async Task Where_filters_by_equality_contains_startsWith_and_in()
    {
        var data = (await graph.Client.PostAsync("""
            {
              eq: theses(where: { name: { eq: "taste is the bottleneck" } }) { totalCount nodes { id } }
              contains: theses(first: 100, where: { name: { contains: "TASTE" } }) { nodes { name } }
              starts: people(first: 100, where: { name: { startsWith: "dan" } }) { nodes { name } }
              within: tools(where: { id: { in: ["tool:codex", "tool:nothing"] } }) { totalCount nodes { name } }
              both: theses(where: { name: { contains: "taste", startsWith: "zzz" } }) { totalCount }
            }
            """)).AssertData();

        Assert.Equal(1, data.GetProperty("eq").GetProperty("totalCount").GetInt32());
        Assert.Equal(["thesis:taste-is-the-bottleneck"], Ids(data.GetProperty("eq").GetProperty("nodes")));
        var containing = Names(data.GetProperty("contains").GetProperty("nodes"));
        Assert.NotEmpty(containing);
        Assert.All(containing, name => Assert.Contains("taste", name, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Dan Shipper", Names(data.GetProperty("starts").GetProperty("nodes")));
        Assert.All(Names(data.GetProperty("starts").GetProperty("nodes")), name => Assert.StartsWith("dan", name, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["Codex"], Names(data.GetProperty("within").GetProperty("nodes")));
        Assert.Equal(0, data.GetProperty("both").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Where_has_and_lacks_test_relationship_existence()
    {
        var data = (await graph.Client.PostAsync("""
            {
              all: people(first: 100) { totalCount }
              builders: people(first: 100, where: { has: [BUILDS] }) { totalCount nodes { name builds { id } } }
              others: people(first: 100, where: { lacks: [BUILDS] }) { totalCount nodes { builds { id } } }
            }
            """)).AssertData();

        var builders = data.GetProperty("builders");
        Assert.Contains("Andrew Ambrosino", Names(builders.GetProperty("nodes")));
        Assert.All(builders.GetProperty("nodes").EnumerateArray(), person => Assert.NotEqual(0, person.GetProperty("builds").GetArrayLength()));
        Assert.All(data.GetProperty("others").GetProperty("nodes").EnumerateArray(), person => Assert.Equal(0, person.GetProperty("builds").GetArrayLength()));
        Assert.Equal(
            data.GetProperty("all").GetProperty("totalCount").GetInt32(),
            builders.GetProperty("totalCount").GetInt32() + data.GetProperty("others").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Filter_values_are_parameters_not_cypher()
    {
        var data = (await graph.Client.PostAsync(
            "query($v: String!) { theses(where: { name: { eq: $v } }) { totalCount } }",
            new { v = "x' OR 1=1 // } RETURN 1" })).AssertData();

        Assert.Equal(0, data.GetProperty("theses").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("{ theses(first: 101) { totalCount } }", "'first' must be between 0 and 100")]
    [InlineData("{ theses(first: -1) { totalCount } }", "'first' must be between 0 and 100")]
    [InlineData("""{ theses(after: "bm90IGEgY3Vyc29y") { totalCount } }""", "'after' is not a cursor")]
    public async Task Bad_paging_arguments_are_field_errors_naming_the_argument(string query, string message)
    {
        var answer = await graph.Client.PostAsync(query);

        Assert.Equal(200, answer.Status);
        Assert.Contains(message, answer.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("theses", answer.FirstError.GetProperty("path")[0].GetString());
        Assert.Equal(JsonValueKind.Null, answer.Data.ValueKind);
    }

    [Fact]
    public async Task Relationships_filter_by_type_and_direction_and_carry_provenance()
    {
        var data = (await graph.Client.PostAsync("""
            { node(id: "person:andrew-ambrosino") { ... on Person {
                holds: relationships(type: "HOLDS") { type direction node { id } evidence page line }
                incoming: relationships(direction: INCOMING) { direction }
            } } }
            """)).AssertData();

        var holds = data.GetProperty("node").GetProperty("holds").EnumerateArray().ToList();
        Assert.Contains(holds, link => link.GetProperty("node").GetProperty("id").GetString() == "thesis:taste-is-the-bottleneck");
        Assert.All(holds, link =>
        {
            Assert.Equal("HOLDS", link.GetProperty("type").GetString());
            Assert.Equal("OUTGOING", link.GetProperty("direction").GetString());
            Assert.EndsWith(".md", link.GetProperty("page").GetString(), StringComparison.Ordinal);
            Assert.True(link.GetProperty("line").GetInt32() > 0);
            Assert.False(string.IsNullOrWhiteSpace(link.GetProperty("evidence").GetString()));
        });
        Assert.All(data.GetProperty("node").GetProperty("incoming").EnumerateArray(), link => Assert.Equal("INCOMING", link.GetProperty("direction").GetString()));
    }

    [Fact]
    public async Task Nodes_returns_each_id_in_order_with_null_for_unknown_ones()
    {
        var data = (await graph.Client.PostAsync("""
            { nodes(ids: ["tool:codex", "person:nobody", "person:dan-shipper", "bad"]) { __typename id } }
            """)).AssertData();

        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(4, nodes.Count);
        Assert.Equal("tool:codex", nodes[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal("Person", nodes[2].GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[3].ValueKind);
    }

    private static List<string> Ids(JsonElement nodes) => nodes.EnumerateArray().Select(node => node.GetProperty("id").GetString()!).ToList();

    private static List<string> Names(JsonElement nodes) => nodes.EnumerateArray().Select(node => node.GetProperty("name").GetString()!).ToList();
}
