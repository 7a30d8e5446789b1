using System.Text.Json;
using Graph.Api.Export;
using Graph.Core.Cypher;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Export;

/// <summary>Exports big enough to be flushed to the response in several chunks (the server allows only asynchronous writes).</summary>
public sealed class LargeExportTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-export-large")))
{
    private const int Pairs = 1500;

    private protected override async Task SeedAsync()
    {
        await Store.RunAsync(
            "UNWIND range(1, $pairs) AS i CREATE (:Source {id: 'source:s' + toString(i), title: 'S ' + toString(i)})-[:MENTIONS {line: i}]->(:Tool {id: 'tool:t' + toString(i), name: 'T ' + toString(i)})",
            new Dictionary<string, object?> { ["pairs"] = (long)Pairs }, cancellationToken: TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task GraphML_holds_every_element()
    {
        await using var stream = await Client.GetStreamAsync(ExportEndpoints.GraphMLPath, TestContext.Current.CancellationToken);
        var document = await GraphMLDocument.ReadAsync(stream);

        Assert.Equal(2 * Pairs, document.Nodes.Count);
        Assert.Equal(Pairs, document.Edges.Count);
    }

    [Fact]
    public async Task Cytoscape_json_holds_every_element()
    {
        await using var stream = await Client.GetStreamAsync(ExportEndpoints.CytoscapeJsonPath, TestContext.Current.CancellationToken);
        using var json = await JsonDocument.ParseAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2 * Pairs, json.RootElement.GetProperty("elements").GetProperty("nodes").GetArrayLength());
        Assert.Equal(Pairs, json.RootElement.GetProperty("elements").GetProperty("edges").GetArrayLength());
    }
}
