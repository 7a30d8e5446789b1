using System.Globalization;
using System.Xml;
using Graph.Api.Export;
using Graph.Core.Cypher;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Export;

/// <summary>/export/graph.graphml over the imported sample wiki, read back with XmlReader as a GraphML consumer would.</summary>
public sealed class GraphMLExportTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Fact]
    public async Task Is_served_as_a_GraphML_download()
    {
        using var response = await graph.Client.GetAsync(ExportEndpoints.GraphMLPath, TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(GraphMLWriter.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("graph.graphml", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Holds_every_node_and_relationship_of_the_store()
    {
        var document = await ReadAsync();
        var session = graph.Services.GetRequiredService<ICypherSession>();

        var nodes = (long)(await session.RunAsync("MATCH (n) RETURN count(n) AS c", cancellationToken: TestContext.Current.CancellationToken)).Single("c")!;
        var relationships = (long)(await session.RunAsync("MATCH ()-[r]->() RETURN count(r) AS c", cancellationToken: TestContext.Current.CancellationToken)).Single("c")!;
        Assert.True(nodes > 50, $"the sample graph should have dozens of nodes, has {nodes}");
        Assert.Equal(nodes, document.Nodes.Count);
        Assert.Equal(relationships, document.Edges.Count);
        Assert.Equal(document.Nodes.Count, document.Nodes.Select(node => node.Id).Distinct().Count());
    }

    [Fact]
    public async Task Declares_every_key_before_the_graph_and_uses_only_declared_keys_of_the_right_domain()
    {
        var document = await ReadAsync();

        Assert.True(document.KeysBeforeGraph, "every <key> must come before <graph>");
        Assert.All(document.Nodes.SelectMany(node => node.Data.Keys), key => Assert.Equal("node", document.Keys[key].Domain));
        Assert.All(document.Edges.SelectMany(edge => edge.Data.Keys), key => Assert.Equal("edge", document.Keys[key].Domain));
        Assert.Equal(document.Keys.Count, document.Keys.Values.Select(key => (key.Domain, key.Name)).Distinct().Count());
    }

    [Fact]
    public async Task Every_value_parses_as_its_declared_type()
    {
        var document = await ReadAsync();

        foreach (var (key, value) in document.Nodes.SelectMany(node => node.Data).Concat(document.Edges.SelectMany(edge => edge.Data)))
        {
            var type = document.Keys[key].Type;
            switch (type)
            {
                case "long":
                    Assert.True(long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), $"{key}={value} is not a long");
                    break;
                case "double":
                    XmlConvert.ToDouble(value);
                    break;
                case "boolean":
                    Assert.Contains(value, new[] { "true", "false" });
                    break;
                default:
                    Assert.Equal("string", type);
                    break;
            }
        }
        Assert.Contains(document.Keys.Values, key => key is { Domain: "edge", Name: "line", Type: "long" });
    }

    [Fact]
    public async Task Edges_join_exported_nodes_and_carry_their_provenance()
    {
        var document = await ReadAsync();
        var ids = document.Nodes.Select(node => node.Id).ToHashSet();
        var keyOf = document.Keys.ToDictionary(pair => (pair.Value.Domain, pair.Value.Name), pair => pair.Key);

        Assert.All(document.Edges, edge => Assert.Contains(edge.Source!, ids));
        Assert.All(document.Edges, edge => Assert.Contains(edge.Target!, ids));
        var pairing = document.Edges.First(edge => (edge.Source == "thesis:taste-is-the-bottleneck" || edge.Target == "thesis:taste-is-the-bottleneck")
            && edge.Data[keyOf[("edge", "label")]] == "PAIRS_WITH");
        Assert.EndsWith(".md", pairing.Data[keyOf[("edge", "page")]]);
        Assert.False(string.IsNullOrWhiteSpace(pairing.Data[keyOf[("edge", "evidence")]]));
        var taste = document.Nodes.Single(node => node.Id == "thesis:taste-is-the-bottleneck");
        Assert.Equal("taste is the bottleneck", taste.Data[keyOf[("node", "label")]]);
        Assert.Equal("Thesis", taste.Data[keyOf[("node", "labels")]]);
    }

    [Fact]
    public async Task A_date_is_exported_as_its_ISO_text()
    {
        var document = await ReadAsync();
        var date = document.Keys.Single(pair => pair.Value is { Domain: "node", Name: "date" });

        var source = document.Nodes.Single(node => node.Id == "source:codex-and-the-new-shape-of-product-work");
        Assert.Equal("string", date.Value.Type);
        Assert.Equal("2026-02-12", source.Data[date.Key]);
    }

    [Fact]
    public async Task Every_edge_is_directed_as_stored_so_strict_readers_accept_the_file()
    {
        var document = await ReadAsync();

        Assert.Equal("directed", document.EdgeDefault);
        Assert.All(document.Edges, edge => Assert.Null(edge.Directed));
    }

    private async Task<GraphMLDocument> ReadAsync()
    {
        await using var stream = await graph.Client.GetStreamAsync(ExportEndpoints.GraphMLPath, TestContext.Current.CancellationToken);
        return await GraphMLDocument.ReadAsync(stream);
    }
}
