using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>Query.search, path, neighborhood, thesesSharedBy and related over the sample wiki, checked against the relationship fields.</summary>
public sealed class TraversalTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Fact]
    public async Task Search_ranks_a_name_prefix_first_and_every_hit_mentions_the_text()
    {
        var hits = (await graph.Client.PostAsync("""{ search(text: "taste") { __typename id ... on Thesis { name } ... on Source { title summary } ... on Quote { text } ... on Practice { text } ... on Question { text } } }"""))
            .AssertData().GetProperty("search").EnumerateArray().ToList();

        Assert.NotEmpty(hits);
        Assert.Equal("thesis:taste-is-the-bottleneck", hits[0].GetProperty("id").GetString());
        Assert.All(hits, hit => Assert.Contains("taste", hit.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_keeps_to_the_labels_and_count_asked_for()
    {
        var data = (await graph.Client.PostAsync("""
            { tools: search(text: "codex", labels: [TOOL]) { __typename id } one: search(text: "a", first: 1) { id } }
            """)).AssertData();

        var tools = data.GetProperty("tools").EnumerateArray().ToList();
        Assert.Equal("tool:codex", tools[0].GetProperty("id").GetString());
        Assert.All(tools, hit => Assert.Equal("Tool", hit.GetProperty("__typename").GetString()));
        Assert.Single(data.GetProperty("one").EnumerateArray());
    }

    [Fact]
    public async Task Path_and_neighborhood_take_names_as_well_as_ids()
    {
        var data = (await graph.Client.PostAsync("""
            {
              byName: path(from: "Andrew Ambrosino", to: "dan shipper", maxHops: 4) { nodes { id } }
              byId: path(from: "person:andrew-ambrosino", to: "person:dan-shipper", maxHops: 4) { nodes { id } }
              around: neighborhood(id: "Taste is the bottleneck", depth: 1) { nodes { id } }
            }
            """)).AssertData();

        Assert.Equal(data.GetProperty("byId").ToString(), data.GetProperty("byName").ToString());
        Assert.Equal("person:andrew-ambrosino", data.GetProperty("byName").GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal("thesis:taste-is-the-bottleneck", data.GetProperty("around").GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.True(data.GetProperty("around").GetProperty("nodes").GetArrayLength() > 1);
    }

    [Theory]
    [InlineData("""{ path(from: "Nobody In Particular", to: "person:dan-shipper") { nodes { id } } }""", "from: no node has the id or the name 'Nobody In Particular'.")]
    [InlineData("""{ neighborhood(id: "person:no-such-person") { nodes { id } } }""", "id: no node has the id or the name 'person:no-such-person'.")]
    public async Task A_name_or_id_that_matches_nothing_is_an_error_saying_so(string query, string message)
    {
        var answer = await graph.Client.PostAsync(query);

        Assert.True(answer.HasErrors);
        Assert.StartsWith(message, answer.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("NODE_NOT_FOUND", answer.FirstError.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Path_links_two_people_edge_by_edge()
    {
        var path = (await graph.Client.PostAsync("""
            { path(from: "person:andrew-ambrosino", to: "person:dan-shipper", maxHops: 4) { nodes { id } edges { type from to page line evidence } } }
            """)).AssertData().GetProperty("path");

        var nodes = path.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!).ToList();
        var edges = path.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal("person:andrew-ambrosino", nodes[0]);
        Assert.Equal("person:dan-shipper", nodes[^1]);
        Assert.Equal(nodes.Count - 1, edges.Count);
        for (var i = 0; i < edges.Count; i++)
        {
            var ends = new[] { edges[i].GetProperty("from").GetString(), edges[i].GetProperty("to").GetString() };
            Assert.Contains(nodes[i], ends);
            Assert.Contains(nodes[i + 1], ends);
            Assert.NotNull(edges[i].GetProperty("page").GetString());
        }
    }

    [Fact]
    public async Task Path_is_null_when_the_nodes_are_further_apart_than_maxHops()
    {
        var data = (await graph.Client.PostAsync("""
            { far: path(from: "person:andrew-ambrosino", to: "person:dan-shipper", maxHops: 1) { nodes { id } }
              self: path(from: "tool:codex", to: "tool:codex") { nodes { id } edges { id } } }
            """)).AssertData();

        Assert.Equal(JsonValueKind.Null, data.GetProperty("far").ValueKind);
        Assert.Single(data.GetProperty("self").GetProperty("nodes").EnumerateArray());
    }

    [Fact]
    public async Task Neighborhood_draws_the_node_its_neighbours_and_the_edges_among_them()
    {
        var data = (await graph.Client.PostAsync("""
            { n: neighborhood(id: "thesis:taste-is-the-bottleneck", depth: 1) { nodes { id } edges { id type from to evidence } }
              t: node(id: "thesis:taste-is-the-bottleneck") { ... on Thesis { relationships { node { id } } } }
              small: neighborhood(id: "thesis:taste-is-the-bottleneck", depth: 2, limit: 3) { nodes { id } edges { from to } } }
            """)).AssertData();

        var nodes = data.GetProperty("n").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!).ToList();
        Assert.Equal("thesis:taste-is-the-bottleneck", nodes[0]);
        var neighbours = data.GetProperty("t").GetProperty("relationships").EnumerateArray().Select(link => link.GetProperty("node").GetProperty("id").GetString()!).ToHashSet();
        Assert.Equal(neighbours.Order(StringComparer.Ordinal), nodes.Skip(1).Order(StringComparer.Ordinal));
        var edges = data.GetProperty("n").GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(edges.Count, edges.Select(edge => edge.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(edges, edge =>
        {
            Assert.Contains(edge.GetProperty("from").GetString()!, nodes);
            Assert.Contains(edge.GetProperty("to").GetString()!, nodes);
        });

        var small = data.GetProperty("small");
        var smallNodes = small.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!).ToList();
        Assert.Equal(3, smallNodes.Count);
        Assert.All(small.GetProperty("edges").EnumerateArray(), edge => Assert.Contains(edge.GetProperty("to").GetString()!, smallNodes));
    }

    [Fact]
    public async Task Theses_shared_by_people_are_those_each_of_them_holds()
    {
        var data = (await graph.Client.PostAsync("""
            { shared: thesesSharedBy(people: ["Andrew Ambrosino", "Shipper"]) { id }
              a: person(name: "Andrew Ambrosino") { holds { id } } b: person(name: "Dan Shipper") { holds { id } } }
            """)).AssertData();

        var expected = Ids(data.GetProperty("a").GetProperty("holds")).Intersect(Ids(data.GetProperty("b").GetProperty("holds"))).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Ids(data.GetProperty("shared")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Theses_shared_by_an_unknown_person_is_an_error_naming_them()
    {
        var answer = await graph.Client.PostAsync("""{ thesesSharedBy(people: ["Dan Shipper", "Zzyzx Qwerty"]) { id } }""");

        Assert.Contains("Zzyzx Qwerty", answer.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Related_sources_at_distance_one_are_the_related_field_and_depth_two_adds_to_them()
    {
        var data = (await graph.Client.PostAsync("""
            { one: related(source: "The AI Paradox") { distance source { id } }
              two: related(source: "the ai paradox", depth: 2) { distance source { id } }
              s: sources(where: { title: { eq: "The AI Paradox" } }) { nodes { id related { id } } } }
            """)).AssertData();

        var source = data.GetProperty("s").GetProperty("nodes")[0];
        var direct = Ids(source.GetProperty("related")).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(direct);
        var one = data.GetProperty("one").EnumerateArray().ToList();
        Assert.All(one, hit => Assert.Equal(1, hit.GetProperty("distance").GetInt32()));
        Assert.Equal(direct, one.Select(hit => hit.GetProperty("source").GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        var two = data.GetProperty("two").EnumerateArray().Select(hit => hit.GetProperty("source").GetProperty("id").GetString()!).ToList();
        Assert.Superset(direct.ToHashSet(), two.ToHashSet());
        Assert.DoesNotContain(source.GetProperty("id").GetString(), two);
    }

    [Theory]
    [InlineData("taste is the botleneck", "thesis:taste-is-the-bottleneck")]
    [InlineData("Taste is the scarse skill", "thesis:taste-is-the-bottleneck")]
    [InlineData("implementaton is cheap!", "thesis:implementation-is-cheap")]
    public async Task Thesis_finds_near_spellings(string name, string id)
    {
        var data = (await graph.Client.PostAsync("query($n: String!) { thesis(name: $n) { id } }", new { n = name })).AssertData();

        Assert.Equal(id, data.GetProperty("thesis").GetProperty("id").GetString());
    }

    [Fact]
    public async Task PairsWith_answers_the_same_for_the_name_an_alias_and_a_near_spelling()
    {
        var data = (await graph.Client.PostAsync("""
            { name: pairsWith(thesis: "taste is the bottleneck") { thesis { id } evidence line }
              alias: pairsWith(thesis: "Taste is the scarce skill") { thesis { id } evidence line }
              near: pairsWith(thesis: "taste is the botleneck") { thesis { id } evidence line }
              none: pairsWith(thesis: "qqqq zzzz") { thesis { id } } }
            """)).AssertData();

        Assert.NotEqual(0, data.GetProperty("name").GetArrayLength());
        Assert.Equal(data.GetProperty("name").ToString(), data.GetProperty("alias").ToString());
        Assert.Equal(data.GetProperty("name").ToString(), data.GetProperty("near").ToString());
        Assert.Equal(0, data.GetProperty("none").GetArrayLength());
    }

    [Theory]
    [InlineData("Andrew Ambrosnio", "person:andrew-ambrosino")]
    [InlineData("Boris Cherney", "person:boris-cherny")]
    public async Task Person_finds_near_spellings(string name, string id)
    {
        var data = (await graph.Client.PostAsync("query($n: String!) { person(name: $n) { id } }", new { n = name })).AssertData();

        Assert.Equal(id, data.GetProperty("person").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_name_far_from_every_name_finds_nothing()
    {
        var data = (await graph.Client.PostAsync("""{ thesis(name: "bottleneck") { id } person(name: "Andrea Smith") { id } }""")).AssertData();

        Assert.Equal(JsonValueKind.Null, data.GetProperty("thesis").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("person").ValueKind);
    }

    private static IEnumerable<string> Ids(JsonElement nodes) => nodes.EnumerateArray().Select(node => node.GetProperty("id").GetString()!);
}
