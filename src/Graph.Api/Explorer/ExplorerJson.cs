using System.Buffers;
using System.Text.Json;
using Graph.Api.Data;
using Graph.Api.Export;
using Graph.Core.Cypher;
using Graph.Core.Model;

namespace Graph.Api.Explorer;

/// <summary>
/// The explorer's wire shapes, ready to hand to Cytoscape.js: a node is {id, label, caption, properties} (label: its
/// model label, which picks its colour), an edge {id, type, source, target, properties} with provenance among the properties.
/// </summary>
internal static class ExplorerJson
{
    /// <summary>Where a page's line can be read (the service's /wiki page), or null.</summary>
    public delegate string? PageLink(string? page, long? line);

    public static IResult Nodes(IEnumerable<CypherNode> nodes) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        foreach (var node in nodes)
        {
            WriteNode(json, node);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static IResult Neighbourhood(Neighbourhood hood, PageLink link) => Write(json =>
    {
        json.WriteStartObject();
        json.WritePropertyName("node");
        WriteNode(json, hood.Node);
        json.WriteNumber("degree", hood.Degree);
        json.WriteStartArray("nodes");
        var seen = new HashSet<string>(StringComparer.Ordinal) { hood.Node.ElementId };
        foreach (var (_, other) in hood.Links)
        {
            if (seen.Add(other.ElementId))
            {
                WriteNode(json, other);
            }
        }
        json.WriteEndArray();
        var ids = hood.Links.Select(link => link.Other).Append(hood.Node).DistinctBy(node => node.ElementId)
            .ToDictionary(node => node.ElementId, GraphSnapshot.NodeId, StringComparer.Ordinal);
        WriteFacts(json, hood.Links.Select(l => l.Relationship), ids, link);
        json.WriteEndObject();
    });

    /// <summary>{nodes, edges[, path]}: a whole drawing, as the explorer restores a shared view or draws a path.</summary>
    public static IResult Drawing(Drawing drawing, PageLink link, IReadOnlyList<string>? path = null) => Write(json =>
    {
        json.WriteStartObject();
        if (path is not null)
        {
            json.WriteStartArray("path");
            foreach (var id in path)
            {
                json.WriteStringValue(id);
            }
            json.WriteEndArray();
        }
        json.WriteStartArray("nodes");
        foreach (var node in drawing.Nodes)
        {
            WriteNode(json, node);
        }
        json.WriteEndArray();
        var ids = drawing.Nodes.DistinctBy(node => node.ElementId).ToDictionary(node => node.ElementId, GraphSnapshot.NodeId, StringComparer.Ordinal);
        WriteFacts(json, drawing.Relationships, ids, link);
        json.WriteEndObject();
    });

    // One edge per fact: the relationships of one type between the same two nodes (a pairing two pages state) are
    // drawn once, with every statement of it; the first by page and line gives the edge its id and properties.
    private static void WriteFacts(Utf8JsonWriter json, IEnumerable<CypherRelationship> relationships, Dictionary<string, string> ids, PageLink link)
    {
        json.WriteStartArray("edges");
        var facts = relationships
            .GroupBy(relationship => FactKey(relationship, ids))
            .Select(fact => fact.OrderBy(r => r.Properties.GetValueOrDefault("page") as string, StringComparer.Ordinal)
                .ThenBy(r => r.Properties.GetValueOrDefault("line") as long?).ToList());
        foreach (var statements in facts)
        {
            var relationship = statements[0];
            json.WriteStartObject();
            json.WriteString("id", GraphSnapshot.EdgeId(relationship));
            json.WriteString("type", relationship.Type);
            json.WriteString("source", ids[relationship.StartElementId]);
            json.WriteString("target", ids[relationship.EndElementId]);
            json.WritePropertyName("properties");
            CypherValueJson.Write(json, relationship.Properties);
            json.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                var said = statement.Properties.Where(p => p.Key is "page" or "line" or "section" or "evidence" or "rule" or "confidence")
                    .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                if (link(said.GetValueOrDefault("page") as string, said.GetValueOrDefault("line") as long?) is { } href)
                {
                    said["href"] = href;
                }
                CypherValueJson.Write(json, said);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    // PAIRS_WITH reads both ways, so its two ends are put in one order.
    private static (string Type, string From, string To) FactKey(CypherRelationship relationship, Dictionary<string, string> ids)
    {
        var (from, to) = (ids[relationship.StartElementId], ids[relationship.EndElementId]);
        return relationship.Type == Graph.Core.Model.RelationshipTypes.PairsWith && string.CompareOrdinal(from, to) > 0
            ? (relationship.Type, to, from)
            : (relationship.Type, from, to);
    }

    /// <summary>{error: {code, message}}: what the pages show in their error banner.</summary>
    public static IResult Error(int status, string code, string message, int? line = null, int? column = null) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("error");
        json.WriteString("code", code);
        json.WriteString("message", message);
        if (line is not null)
        {
            json.WriteNumber("line", line.Value);
            json.WriteNumber("column", column ?? 0);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }, status);

    public static IResult Write(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }
        return new JsonBytesResult(buffer.WrittenMemory.ToArray(), status);
    }

    private static void WriteNode(Utf8JsonWriter json, CypherNode node)
    {
        json.WriteStartObject();
        json.WriteString("id", GraphSnapshot.NodeId(node));
        json.WriteString("label", node.Labels.FirstOrDefault(NodeCatalog.Served.Contains) ?? (node.Labels.Count > 0 ? node.Labels[0] : ""));
        json.WriteString("caption", GraphSnapshot.Caption(node));
        json.WritePropertyName("properties");
        CypherValueJson.Write(json, node.Properties);
        json.WriteEndObject();
    }

    /// <summary>Already written JSON with its status.</summary>
    private sealed class JsonBytesResult(byte[] body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            return httpContext.Response.Body.WriteAsync(body).AsTask();
        }
    }
}
