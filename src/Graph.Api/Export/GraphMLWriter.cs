using System.Text;
using System.Xml;

namespace Graph.Api.Export;

/// <summary>
/// Writes a snapshot as GraphML (graphml.graphdrawing.org), the format Gephi, Cytoscape Desktop, yEd and NetworkX
/// read: every attribute declared as a typed &lt;key&gt; before the graph, then nodes and edges with &lt;data&gt;.
/// Gephi shows the "label" attribute as a node's or edge's label, so the caption and the relationship type go there.
/// Every edge is directed as stored, PAIRS_WITH included: GraphML allows a per-edge directed="false", but strict readers
/// (NetworkX among them) refuse mixed graphs, and the type already says the pairing is symmetric.
/// </summary>
public static class GraphMLWriter
{
    public const string MediaType = "application/graphml+xml";
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string SchemaLocation = Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Elements written between flushes, so a large graph reaches the client as it is written.</summary>
    private const int FlushEvery = 500;

    private static readonly HashSet<string> ReservedNodeNames = ["label", "labels"];
    private static readonly HashSet<string> ReservedEdgeNames = ["label"];

    public static async Task WriteAsync(GraphSnapshot graph, Stream output, CancellationToken cancellationToken)
    {
        var nodeAttributes = ExportAttribute.For(graph.Nodes.Select(node => node.Properties), "n", ReservedNodeNames);
        var edgeAttributes = ExportAttribute.For(graph.Edges.Select(edge => edge.Properties), "e", ReservedEdgeNames);
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(output, settings);

        await xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await xml.WriteStartElementAsync(null, "graphml", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, XsiNamespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", XsiNamespace, SchemaLocation).ConfigureAwait(false);

        await WriteKeyAsync(xml, "label", "node", "label", "string").ConfigureAwait(false);
        await WriteKeyAsync(xml, "labels", "node", "labels", "string").ConfigureAwait(false);
        foreach (var attribute in nodeAttributes)
        {
            await WriteKeyAsync(xml, attribute.Key, "node", attribute.Name, TypeName(attribute.Type)).ConfigureAwait(false);
        }
        await WriteKeyAsync(xml, "type", "edge", "label", "string").ConfigureAwait(false);
        foreach (var attribute in edgeAttributes)
        {
            await WriteKeyAsync(xml, attribute.Key, "edge", attribute.Name, TypeName(attribute.Type)).ConfigureAwait(false);
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, "graph").ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);

        var written = 0;
        foreach (var node in graph.Nodes)
        {
            await xml.WriteStartElementAsync(null, "node", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, XmlText(node.Id)).ConfigureAwait(false);
            await WriteDataAsync(xml, "label", node.Caption).ConfigureAwait(false);
            await WriteDataAsync(xml, "labels", string.Join(':', node.Labels)).ConfigureAwait(false);
            await WriteAttributesAsync(xml, nodeAttributes, node.Properties).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
            await FlushSometimesAsync(xml, ++written, cancellationToken).ConfigureAwait(false);
        }
        foreach (var edge in graph.Edges)
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, XmlText(edge.Id)).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "source", null, XmlText(edge.Source)).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "target", null, XmlText(edge.Target)).ConfigureAwait(false);
            await WriteDataAsync(xml, "type", edge.Type).ConfigureAwait(false);
            await WriteAttributesAsync(xml, edgeAttributes, edge.Properties).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
            await FlushSometimesAsync(xml, ++written, cancellationToken).ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndDocumentAsync().ConfigureAwait(false);
        await xml.FlushAsync().ConfigureAwait(false);
    }

    private static async Task WriteKeyAsync(XmlWriter xml, string id, string domain, string name, string type)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "for", null, domain).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, XmlText(name)).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task WriteAttributesAsync(XmlWriter xml, IReadOnlyList<ExportAttribute> attributes, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Format(properties) is { } text)
            {
                await WriteDataAsync(xml, attribute.Key, text).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteDataAsync(XmlWriter xml, string key, string text)
    {
        await xml.WriteStartElementAsync(null, "data", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "key", null, key).ConfigureAwait(false);
        await xml.WriteStringAsync(XmlText(text)).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task FlushSometimesAsync(XmlWriter xml, int written, CancellationToken cancellationToken)
    {
        if (written % FlushEvery == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.FlushAsync().ConfigureAwait(false);
        }
    }

    private static string TypeName(ExportAttributeType type) => type switch
    {
        ExportAttributeType.Boolean => "boolean",
        ExportAttributeType.Long => "long",
        ExportAttributeType.Double => "double",
        _ => "string",
    };

    /// <summary>
    /// XML 1.0 cannot carry most control characters (nor lone surrogates), and a wiki page may hold them:
    /// each becomes U+FFFD rather than failing the whole export halfway through the response.
    /// </summary>
    internal static string XmlText(string text)
    {
        var firstInvalid = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsXmlCharAt(text, i))
            {
                firstInvalid = i;
                break;
            }
        }
        if (firstInvalid < 0)
        {
            return text;
        }
        var clean = new StringBuilder(text.Length).Append(text, 0, firstInvalid);
        for (var i = firstInvalid; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }
        return clean.ToString();
    }

    private static bool IsXmlCharAt(string text, int i) =>
        XmlConvert.IsXmlChar(text[i])
        || (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        || (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]));
}
