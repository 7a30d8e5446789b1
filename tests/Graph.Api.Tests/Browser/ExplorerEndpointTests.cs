using System.Net.Http.Json;
using System.Text.Json;
using Graph.Api.Explorer;
using Graph.Api.Export;
using Graph.Core.Cypher;
using Graph.Core.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Browser;

/// <summary>The explorer's JSON endpoints over the imported sample wiki.</summary>
public sealed class ExplorerEndpointTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    public static TheoryData<string> Statements => [.. ExplorerQueries.All, GraphSnapshot.Statement];

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task Every_explorer_and_export_statement_runs_in_read_mode(string statement)
    {
        var session = graph.Services.GetRequiredService<ICypherSession>();
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = "person:dan-shipper", ["text"] = "dan", ["limit"] = 5L, ["first"] = 5L, ["labels"] = Labels.All.Cast<object?>().ToList(),
            ["ids"] = new List<object?> { "person:dan-shipper", "thesis:taste-is-the-bottleneck" },
        };

        var result = await session.RunAsync(statement, parameters, CypherAccessMode.Read, TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.Columns);
    }

    [Fact]
    public async Task Search_ranks_the_exact_caption_first_then_other_matches()
    {
        using var json = await GetAsync($"{ExplorerEndpoints.SearchPath}?q=Taste%20is%20the%20bottleneck");

        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal("thesis:taste-is-the-bottleneck", nodes[0].GetProperty("id").GetString());
        Assert.Equal("Thesis", nodes[0].GetProperty("label").GetString());
        Assert.Equal("taste is the bottleneck", nodes[0].GetProperty("caption").GetString());
    }

    [Fact]
    public async Task Search_finds_words_anywhere_in_captions_aliases_and_texts()
    {
        using var json = await GetAsync($"{ExplorerEndpoints.SearchPath}?q=taste");

        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        Assert.True(nodes.Count >= 3, $"expected several nodes about taste, got {nodes.Count}");
        Assert.All(nodes, node => Assert.Contains("taste", node.GetRawText(), StringComparison.OrdinalIgnoreCase));
        Assert.Contains(nodes, node => node.GetProperty("label").GetString() != "Thesis");
    }

    [Fact]
    public async Task Search_honours_the_limit_and_says_when_nothing_matches()
    {
        using var one = await GetAsync($"{ExplorerEndpoints.SearchPath}?q=e&limit=1");
        using var none = await GetAsync($"{ExplorerEndpoints.SearchPath}?q=zzzz-no-such-thing");

        Assert.Single(one.RootElement.GetProperty("nodes").EnumerateArray());
        Assert.Empty(none.RootElement.GetProperty("nodes").EnumerateArray());
    }

    [Theory]
    [InlineData("?q=", 400, "MissingText")]
    [InlineData("?q=taste&limit=0", 400, "BadLimit")]
    [InlineData("?q=taste&limit=51", 400, "BadLimit")]
    public async Task Search_refuses_bad_input_with_a_JSON_error(string query, int status, string code)
    {
        await AssertErrorAsync(ExplorerEndpoints.SearchPath + query, status, code);
    }

    [Fact]
    public async Task Neighborhood_returns_the_node_its_degree_neighbours_and_edges_with_provenance()
    {
        using var json = await GetAsync($"{ExplorerEndpoints.NeighborhoodPath}?id=thesis:taste-is-the-bottleneck");
        var root = json.RootElement;

        Assert.Equal("thesis:taste-is-the-bottleneck", root.GetProperty("node").GetProperty("id").GetString());
        var edges = root.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("degree").GetInt64(), edges.Count);
        var neighbours = root.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains("thesis:every-agent-needs-a-human-who-cares-about-it", neighbours);
        Assert.DoesNotContain("thesis:taste-is-the-bottleneck", neighbours);
        Assert.All(edges, edge => Assert.True(
            edge.GetProperty("source").GetString() == "thesis:taste-is-the-bottleneck" || edge.GetProperty("target").GetString() == "thesis:taste-is-the-bottleneck"));
        var pairing = edges.First(edge => edge.GetProperty("type").GetString() == "PAIRS_WITH").GetProperty("properties");
        Assert.EndsWith(".md", pairing.GetProperty("page").GetString());
        Assert.True(pairing.GetProperty("line").GetInt64() > 0);
        Assert.False(string.IsNullOrWhiteSpace(pairing.GetProperty("evidence").GetString()));
    }

    [Fact]
    public async Task A_source_s_date_reaches_the_panel_as_its_day()
    {
        using var json = await GetAsync($"{ExplorerEndpoints.NeighborhoodPath}?id=source:codex-and-the-new-shape-of-product-work");

        Assert.Equal("2026-02-12", json.RootElement.GetProperty("node").GetProperty("properties").GetProperty("date").GetString());
    }

    [Fact]
    public async Task A_fact_stated_on_two_pages_is_one_edge_listing_both_statements()
    {
        using var json = await GetAsync($"{ExplorerEndpoints.NeighborhoodPath}?id=thesis:taste-is-the-bottleneck");

        var pairings = json.RootElement.GetProperty("edges").EnumerateArray()
            .Where(edge => edge.GetProperty("type").GetString() == "PAIRS_WITH")
            .Where(edge => edge.GetProperty("source").GetString() == "thesis:expertise-gains-value-as-code-gets-cheap"
                || edge.GetProperty("target").GetString() == "thesis:expertise-gains-value-as-code-gets-cheap")
            .ToList();
        var statements = Assert.Single(pairings).GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal(2, statements.Select(s => s.GetProperty("page").GetString()).Distinct().Count());
        Assert.All(statements, s => Assert.Contains("taste is the bottleneck", s.GetProperty("evidence").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Neighborhood_caps_the_relationships_but_reports_the_degree()
    {
        using var json = await GetAsync($"{ExplorerEndpoints.NeighborhoodPath}?id=thesis:taste-is-the-bottleneck&limit=2");

        Assert.Equal(2, json.RootElement.GetProperty("edges").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("degree").GetInt64() > 2);
    }

    [Theory]
    [InlineData("?id=thesis:no-such-thesis", 404, "NotFound")]
    [InlineData("?id=nolabel", 404, "NotFound")]
    [InlineData("?id=", 400, "MissingId")]
    [InlineData("?id=thesis:taste-is-the-bottleneck&limit=1000", 400, "BadLimit")]
    public async Task Neighborhood_refuses_bad_input_with_a_JSON_error(string query, int status, string code)
    {
        await AssertErrorAsync(ExplorerEndpoints.NeighborhoodPath + query, status, code);
    }

    [Fact]
    public async Task Drawing_returns_the_nodes_asked_for_and_every_fact_among_them_once()
    {
        string[] ids = ["thesis:taste-is-the-bottleneck", "thesis:expertise-gains-value-as-code-gets-cheap", "person:andrew-ambrosino", "thesis:no-such-thesis"];

        using var json = await PostAsync(ExplorerEndpoints.DrawingPath, new { ids });

        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(ids[..3].Order(StringComparer.Ordinal), nodes);
        var edges = json.RootElement.GetProperty("edges").EnumerateArray().ToList();
        Assert.All(edges, edge => Assert.Contains(edge.GetProperty("source").GetString(), ids[..3]));
        Assert.All(edges, edge => Assert.Contains(edge.GetProperty("target").GetString(), ids[..3]));
        // The pairing two pages state is one edge with both statements; Andrew holds the headline thesis.
        var pairing = Assert.Single(edges, edge => edge.GetProperty("type").GetString() == RelationshipTypes.PairsWith);
        Assert.Equal(2, pairing.GetProperty("statements").GetArrayLength());
        Assert.Contains(edges, edge => edge.GetProperty("type").GetString() == "HOLDS" && edge.GetProperty("target").GetString() == ids[0]);
        Assert.Equal(edges.Count, edges.Select(edge => (edge.GetProperty("type").GetString(), edge.GetProperty("source").GetString(), edge.GetProperty("target").GetString())).Distinct().Count());
    }

    [Theory]
    [InlineData("not json", "BadRequest")]
    [InlineData("{}", "MissingIds")]
    [InlineData("{\"ids\": [1, 2]}", "MissingIds")]
    public async Task Drawing_refuses_a_body_without_a_list_of_ids(string body, string code)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await graph.Client.PostAsync(ExplorerEndpoints.DrawingPath, content, TestContext.Current.CancellationToken);

        await AssertErrorAsync(response, 400, code);
    }

    [Fact]
    public async Task Drawing_refuses_more_ids_than_a_drawing_holds()
    {
        var ids = Enumerable.Range(0, ExplorerQueries.MaxDrawn + 1).Select(i => $"thesis:t{i}").ToArray();
        using var response = await graph.Client.PostAsJsonAsync(ExplorerEndpoints.DrawingPath, new { ids }, TestContext.Current.CancellationToken);

        await AssertErrorAsync(response, 400, "TooManyIds");
    }

    [Fact]
    public async Task Path_takes_names_or_ids_and_returns_the_path_in_order_with_its_drawing()
    {
        using var json = await GetAsync($"{ExplorerEndpoints.PathPath}?from=Andrew%20Ambrosino&to=thesis:every-agent-needs-a-human-who-cares-about-it");

        var path = json.RootElement.GetProperty("path").EnumerateArray().Select(id => id.GetString()!).ToList();
        Assert.Equal("person:andrew-ambrosino", path[0]);
        Assert.Equal("thesis:every-agent-needs-a-human-who-cares-about-it", path[^1]);
        Assert.True(path.Count >= 3, string.Join(" - ", path));
        Assert.Equal(path.Order(StringComparer.Ordinal), json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        var hops = json.RootElement.GetProperty("edges").EnumerateArray()
            .Select(edge => new HashSet<string> { edge.GetProperty("source").GetString()!, edge.GetProperty("target").GetString()! }).ToList();
        for (var i = 1; i < path.Count; i++)
        {
            Assert.Contains(hops, hop => hop.SetEquals([path[i - 1], path[i]]));
        }
    }

    [Theory]
    [InlineData("?from=person:andrew-ambrosino", 400, "MissingEnds")]
    [InlineData("?from=person:andrew-ambrosino&to=nobody%20at%20all", 404, "NotFound")]
    public async Task Path_refuses_missing_or_unknown_ends_with_a_JSON_error(string query, int status, string code)
    {
        await AssertErrorAsync(ExplorerEndpoints.PathPath + query, status, code);
    }

    private async Task<JsonDocument> PostAsync(string url, object body)
    {
        using var response = await graph.Client.PostAsJsonAsync(url, body, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text);
    }

    private async Task<JsonDocument> GetAsync(string url)
    {
        using var response = await graph.Client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }

    private async Task AssertErrorAsync(string url, int status, string code)
    {
        using var response = await graph.Client.GetAsync(url, TestContext.Current.CancellationToken);
        await AssertErrorAsync(response, status, code);
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, int status, string code)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var error = json.RootElement.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }
}
