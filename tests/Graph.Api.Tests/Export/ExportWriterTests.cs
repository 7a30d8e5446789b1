using System.Text;
using System.Text.Json;
using Graph.Api.Export;
using Graph.Cypher;

namespace Graph.Api.Tests.Export;

/// <summary>The writers on a small in-memory graph built to hit the awkward cases: mixed types, clashing names, bad characters.</summary>
public sealed class ExportWriterTests : IAsyncLifetime
{
    private readonly EmbeddedCypherSession session = EmbeddedCypherSession.Open(null);

    public async ValueTask InitializeAsync()
    {
        await session.RunAsync("""
            CREATE (a:Thing {id: 'thing:a', name: 'A', weight: 1, mixed: 1, label: 'clash', tags: ['x', 'y'], flag: true, note: $note})
            CREATE (b:Thing {id: 'thing:b', name: 'B', weight: 2.5, mixed: 'two'})
            CREATE (c:Thing {title: 'no id here'})
            CREATE (a)-[:LINKS {source: 'clash', label: 'also clash', line: 3}]->(b)
            CREATE (b)-[:LINKS {line: 4}]->(c)
            """, new Dictionary<string, object?> { ["note"] = "bell\u0007 and tab\t kept" }, cancellationToken: TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => session.DisposeAsync();

    [Fact]
    public async Task GraphML_types_each_key_by_every_value_it_holds()
    {
        var document = await GraphMLAsync();

        Assert.Equal("double", Key(document, "node", "weight").Type);
        Assert.Equal("string", Key(document, "node", "mixed").Type);
        Assert.Equal("boolean", Key(document, "node", "flag").Type);
        Assert.Equal("long", Key(document, "edge", "line").Type);
        var a = document.Nodes.Single(node => node.Id == "thing:a");
        Assert.Equal("1", a.Data[KeyId(document, "node", "weight")]);
        Assert.Equal("""["x","y"]""", a.Data[KeyId(document, "node", "tags")]);
    }

    [Fact]
    public async Task GraphML_renames_properties_that_clash_with_its_own_label_keys()
    {
        var document = await GraphMLAsync();

        var a = document.Nodes.Single(node => node.Id == "thing:a");
        Assert.Equal("A", a.Data[KeyId(document, "node", "label")]);
        Assert.Equal("clash", a.Data[KeyId(document, "node", "label_property")]);
        var edge = document.Edges.Single(e => e.Source == "thing:a");
        Assert.Equal("LINKS", edge.Data[KeyId(document, "edge", "label")]);
        Assert.Equal("also clash", edge.Data[KeyId(document, "edge", "label_property")]);
    }

    [Fact]
    public async Task GraphML_replaces_characters_XML_cannot_carry()
    {
        var document = await GraphMLAsync();

        var note = document.Nodes.Single(node => node.Id == "thing:a").Data[KeyId(document, "node", "note")];
        Assert.Equal("bell\uFFFD and tab\t kept", note);
    }

    [Fact]
    public async Task A_node_without_an_id_gets_one_and_its_edges_point_at_it()
    {
        var document = await GraphMLAsync();

        var anonymous = document.Nodes.Single(node => node.Id.StartsWith("node:", StringComparison.Ordinal));
        Assert.Equal("no id here", anonymous.Data[KeyId(document, "node", "label")]);
        Assert.Contains(document.Edges, edge => edge.Target == anonymous.Id);
    }

    [Fact]
    public async Task Cytoscape_json_renames_clashing_edge_properties_and_keeps_lists_as_arrays()
    {
        using var json = JsonDocument.Parse(await WriteAsync(CytoscapeJsonWriter.WriteAsync));

        var elements = json.RootElement.GetProperty("elements");
        var a = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).Single(d => d.GetProperty("id").GetString() == "thing:a");
        Assert.Equal(["x", "y"], a.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("A", a.GetProperty("name").GetString());
        Assert.False(a.TryGetProperty("name_property", out _), "the name property is the caption, not a second column");
        var edge = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).Single(d => d.GetProperty("source").GetString() == "thing:a");
        Assert.Equal("thing:b", edge.GetProperty("target").GetString());
        Assert.Equal("clash", edge.GetProperty("source_property").GetString());
        Assert.True(edge.GetProperty("directed").GetBoolean());
    }

    [Fact]
    public async Task The_same_graph_exports_to_the_same_bytes()
    {
        Assert.Equal(await WriteAsync(GraphMLWriter.WriteAsync), await WriteAsync(GraphMLWriter.WriteAsync));
        Assert.Equal(await WriteAsync(CytoscapeJsonWriter.WriteAsync), await WriteAsync(CytoscapeJsonWriter.WriteAsync));
    }

    private async Task<GraphMLDocument> GraphMLAsync()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(await WriteAsync(GraphMLWriter.WriteAsync)));
        return await GraphMLDocument.ReadAsync(stream);
    }

    private async Task<string> WriteAsync(Func<GraphSnapshot, Stream, CancellationToken, Task> write)
    {
        var snapshot = await GraphSnapshot.ReadAsync(session, TestContext.Current.CancellationToken);
        using var output = new MemoryStream();
        await write(snapshot, output, TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static GraphMLKey Key(GraphMLDocument document, string domain, string name) => document.Keys[KeyId(document, domain, name)];

    private static string KeyId(GraphMLDocument document, string domain, string name) =>
        document.Keys.Single(pair => pair.Value.Domain == domain && pair.Value.Name == name).Key;
}
