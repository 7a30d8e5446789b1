using System.Text.Json;
using Graph.Api.Export;
using Graph.Core.Cypher;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Export;

/// <summary>/export/graph.cyjs.json over the imported sample wiki: Cytoscape.js elements JSON holding the whole graph.</summary>
public sealed class CytoscapeJsonExportTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Fact]
    public async Task Holds_every_node_and_relationship_with_unique_ids()
    {
        using var json = await ReadAsync();
        var elements = json.RootElement.GetProperty("elements");
        var session = graph.Services.GetRequiredService<ICypherSession>();
        var counts = await session.RunAsync("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships",
            cancellationToken: TestContext.Current.CancellationToken);

        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("data")).ToList();
        var edges = elements.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("data")).ToList();
        Assert.Equal((long)counts.Single("nodes")!, nodes.Count);
        Assert.Equal((long)counts.Single("relationships")!, edges.Count);
        var ids = nodes.Select(node => node.GetProperty("id").GetString()).Concat(edges.Select(edge => edge.GetProperty("id").GetString())).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Edges_join_exported_nodes_and_keep_provenance()
    {
        using var json = await ReadAsync();
        var elements = json.RootElement.GetProperty("elements");
        var nodeIds = elements.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("data").GetProperty("id").GetString()).ToHashSet();

        var edges = elements.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("data")).ToList();
        Assert.All(edges, edge => Assert.Contains(edge.GetProperty("source").GetString(), nodeIds));
        Assert.All(edges, edge => Assert.Contains(edge.GetProperty("target").GetString(), nodeIds));
        var pairing = edges.First(edge => edge.GetProperty("type").GetString() == "PAIRS_WITH");
        Assert.False(pairing.GetProperty("directed").GetBoolean());
        Assert.EndsWith(".md", pairing.GetProperty("page").GetString());
        Assert.True(pairing.GetProperty("line").GetInt64() > 0);
        Assert.False(string.IsNullOrWhiteSpace(pairing.GetProperty("evidence").GetString()));
    }

    [Fact]
    public async Task Nodes_carry_caption_labels_and_properties()
    {
        using var json = await ReadAsync();

        var person = json.RootElement.GetProperty("elements").GetProperty("nodes").EnumerateArray()
            .Select(node => node.GetProperty("data"))
            .Single(data => data.GetProperty("id").GetString() == "person:andrew-ambrosino");
        Assert.Equal("Andrew Ambrosino", person.GetProperty("name").GetString());
        Assert.Equal(["Person"], person.GetProperty("labels").EnumerateArray().Select(label => label.GetString()));
        Assert.Contains("Ambrosino", person.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()));
        Assert.Equal("1.0", json.RootElement.GetProperty("format_version").GetString());
    }

    private async Task<JsonDocument> ReadAsync()
    {
        using var response = await graph.Client.GetAsync(ExportEndpoints.CytoscapeJsonPath, TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken);
    }
}
