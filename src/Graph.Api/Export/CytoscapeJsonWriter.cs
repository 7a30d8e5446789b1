using System.Text.Json;
using Graph.Core.Cypher;

namespace Graph.Api.Export;

/// <summary>
/// Writes a snapshot as Cytoscape.js elements JSON, the shape `cy.add(json.elements)` takes and Cytoscape Desktop
/// imports as .cyjs: {format_version, generated_by, elements: {nodes: [{data}], edges: [{data}]}}. A node's data holds
/// id, name (its caption: what Cytoscape Desktop labels it with), labels and its properties; an edge's holds id,
/// source, target, type and its properties. A property named like one of those is written as "name_property".
/// </summary>
public static class CytoscapeJsonWriter
{
    public const string MediaType = "application/json";

    private const int FlushEvery = 500;

    private static readonly HashSet<string> ReservedNodeNames = ["name", "labels"];
    private static readonly HashSet<string> ReservedEdgeNames = ["id", "source", "target", "type", "directed"];

    public static async Task WriteAsync(GraphSnapshot graph, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("format_version", "1.0");
        json.WriteString("generated_by", "graph");
        json.WriteString("target_cytoscapejs_version", "~3.34");
        json.WriteStartObject("elements");

        var written = 0;
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", node.Id);
            json.WriteString("name", node.Caption);
            json.WriteStartArray("labels");
            foreach (var label in node.Labels)
            {
                json.WriteStringValue(label);
            }
            json.WriteEndArray();
            // The id property is the element id already, and a name property is the caption already.
            WriteProperties(json, node.Properties.Where(pair => pair.Key != "id" && !(pair.Key == "name" && pair.Value as string == node.Caption)), ReservedNodeNames);
            json.WriteEndObject();
            json.WriteEndObject();
            await FlushSometimesAsync(json, output, ++written, cancellationToken).ConfigureAwait(false);
        }
        json.WriteEndArray();

        json.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", edge.Id);
            json.WriteString("source", edge.Source);
            json.WriteString("target", edge.Target);
            json.WriteString("type", edge.Type);
            json.WriteBoolean("directed", edge.IsDirected);
            WriteProperties(json, edge.Properties, ReservedEdgeNames);
            json.WriteEndObject();
            json.WriteEndObject();
            await FlushSometimesAsync(json, output, ++written, cancellationToken).ConfigureAwait(false);
        }
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteProperties(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, object?>> properties, HashSet<string> reserved)
    {
        foreach (var (name, value) in properties.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(reserved.Contains(name) ? $"{name}_property" : name);
            CypherValueJson.Write(json, value);
        }
    }

    private static async Task FlushSometimesAsync(Utf8JsonWriter json, Stream output, int written, CancellationToken cancellationToken)
    {
        if (written % FlushEvery == 0)
        {
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
