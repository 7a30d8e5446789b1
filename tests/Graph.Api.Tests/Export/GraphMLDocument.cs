using System.Xml;
using Graph.Api.Export;

namespace Graph.Api.Tests.Export;

/// <summary>
/// A GraphML file read with XmlReader into what the tests check: keys, nodes, edges and their data. Fails on anything
/// a GraphML reader would reject: a wrong namespace, a second graph, data for an undeclared key, malformed XML.
/// </summary>
internal sealed record GraphMLDocument(
    IReadOnlyDictionary<string, GraphMLKey> Keys,
    IReadOnlyList<GraphMLElement> Nodes,
    IReadOnlyList<GraphMLElement> Edges,
    bool KeysBeforeGraph,
    string? EdgeDefault)
{
    public static async Task<GraphMLDocument> ReadAsync(Stream stream)
    {
        var keys = new Dictionary<string, GraphMLKey>(StringComparer.Ordinal);
        var nodes = new List<GraphMLElement>();
        var edges = new List<GraphMLElement>();
        var keysBeforeGraph = true;
        var graphs = 0;
        string? edgeDefault = null;
        GraphMLElement? current = null;

        using var xml = XmlReader.Create(stream, new XmlReaderSettings { Async = true, DtdProcessing = DtdProcessing.Prohibit });
        // ReadElementContentAsString leaves the reader on the node after </data>: that node is looked at before reading on.
        var positioned = false;
        while (positioned ? !xml.EOF : await xml.ReadAsync())
        {
            positioned = false;
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName is "node" or "edge")
            {
                current = null;
                continue;
            }
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            Assert.Equal(GraphMLWriter.Namespace, xml.NamespaceURI);
            switch (xml.LocalName)
            {
                case "key":
                    keysBeforeGraph &= graphs == 0;
                    var id = Required(xml, "id");
                    Assert.True(keys.TryAdd(id, new GraphMLKey(Required(xml, "for"), Required(xml, "attr.name"), Required(xml, "attr.type"))), $"key {id} declared twice");
                    break;
                case "graph":
                    graphs++;
                    edgeDefault = xml.GetAttribute("edgedefault");
                    break;
                case "node":
                    current = new GraphMLElement(Required(xml, "id"), null, null, null);
                    nodes.Add(current);
                    break;
                case "edge":
                    current = new GraphMLElement(Required(xml, "id"), Required(xml, "source"), Required(xml, "target"), xml.GetAttribute("directed"));
                    edges.Add(current);
                    break;
                case "data":
                    var key = Required(xml, "key");
                    Assert.True(keys.ContainsKey(key), $"data for undeclared key {key}");
                    Assert.NotNull(current);
                    current.Data[key] = await xml.ReadElementContentAsStringAsync();
                    positioned = true;
                    break;
                case "graphml":
                    break;
                default:
                    Assert.Fail($"unexpected element <{xml.LocalName}>");
                    break;
            }
        }
        Assert.Equal(1, graphs);
        return new GraphMLDocument(keys, nodes, edges, keysBeforeGraph, edgeDefault);
    }

    private static string Required(XmlReader xml, string attribute) =>
        xml.GetAttribute(attribute) ?? throw new Xunit.Sdk.XunitException($"<{xml.LocalName}> without {attribute}");
}

internal sealed record GraphMLKey(string Domain, string Name, string Type);

internal sealed record GraphMLElement(string Id, string? Source, string? Target, string? Directed)
{
    public Dictionary<string, string> Data { get; } = new(StringComparer.Ordinal);
}
