namespace Graph.Api.Tests;

/// <summary>Query.node, Query.thesis and Query.person: by id, name, alias and last name.</summary>
public sealed class LookupTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Theory]
    [InlineData("person:dan-shipper", "Person", "Dan Shipper")]
    [InlineData("thesis:taste-is-the-bottleneck", "Thesis", "taste is the bottleneck")]
    [InlineData("tool:codex", "Tool", "Codex")]
    public async Task Node_finds_any_node_by_its_stable_id(string id, string type, string name)
    {
        var data = (await graph.Client.PostAsync(
            "query($id: ID!) { node(id: $id) { __typename id ... on Person { name } ... on Thesis { name } ... on Tool { name } } }",
            new { id })).AssertData();

        var node = data.GetProperty("node");
        Assert.Equal(type, node.GetProperty("__typename").GetString());
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.Equal(name, node.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("person:nobody-at-all")]
    [InlineData("no-prefix")]
    [InlineData("unknownlabel:x")]
    public async Task Node_is_null_for_an_unknown_id(string id)
    {
        var data = (await graph.Client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).AssertData();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("node").ValueKind);
    }

    [Theory]
    [InlineData("taste is the bottleneck")]
    [InlineData("Taste Is The Bottleneck")]
    [InlineData("taste is the scarce skill")]
    public async Task Thesis_matches_name_or_alias_in_any_case(string name)
    {
        var data = (await graph.Client.PostAsync("query($n: String!) { thesis(name: $n) { id name aliases } }", new { n = name })).AssertData();

        var thesis = data.GetProperty("thesis");
        Assert.Equal("thesis:taste-is-the-bottleneck", thesis.GetProperty("id").GetString());
        Assert.Contains("taste is the scarce skill", thesis.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Dan Shipper")]
    [InlineData("dan shipper")]
    [InlineData("Shipper")]
    public async Task Person_matches_name_or_last_name(string name)
    {
        var data = (await graph.Client.PostAsync("query($n: String!) { person(name: $n) { id name } }", new { n = name })).AssertData();

        Assert.Equal("person:dan-shipper", data.GetProperty("person").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Person_matches_an_alias_from_the_vocabulary()
    {
        var data = (await graph.Client.PostAsync("""{ person(name: "Ambrosino") { name } }""")).AssertData();

        Assert.Equal("Andrew Ambrosino", data.GetProperty("person").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Unknown_names_are_null_not_errors()
    {
        var data = (await graph.Client.PostAsync("""{ person(name: "Nobody Atall") { name } thesis(name: "nothing") { name } }""")).AssertData();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("person").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("thesis").ValueKind);
    }
}
