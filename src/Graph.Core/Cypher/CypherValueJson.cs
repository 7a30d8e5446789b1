using System.Text.Json;

namespace Graph.Core.Cypher;

/// <summary>
/// Writes Cypher values as JSON: scalars as themselves, nodes as {elementId, labels, properties},
/// relationships as {elementId, type, startElementId, endElementId, properties}, paths as {nodes, relationships}.
/// </summary>
public static class CypherValueJson
{
    public static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case double d:
                json.WriteStringValue(CypherValueText.FormatFloat(d));
                break;
            case CypherNode node:
                json.WriteStartObject();
                json.WriteString("elementId", node.ElementId);
                json.WritePropertyName("labels");
                Write(json, node.Labels);
                json.WritePropertyName("properties");
                WriteMap(json, node.Properties);
                json.WriteEndObject();
                break;
            case CypherRelationship rel:
                json.WriteStartObject();
                json.WriteString("elementId", rel.ElementId);
                json.WriteString("type", rel.Type);
                json.WriteString("startElementId", rel.StartElementId);
                json.WriteString("endElementId", rel.EndElementId);
                json.WritePropertyName("properties");
                WriteMap(json, rel.Properties);
                json.WriteEndObject();
                break;
            case CypherPath path:
                json.WriteStartObject();
                json.WritePropertyName("nodes");
                Write(json, path.Nodes);
                json.WritePropertyName("relationships");
                Write(json, path.Relationships);
                json.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(json, map);
                break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    Write(json, item);
                }
                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }

    /// <summary>The result as an array of row objects keyed by column.</summary>
    public static void WriteRows(Utf8JsonWriter json, CypherResult result)
    {
        json.WriteStartArray();
        foreach (var row in result.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < result.Columns.Count; i++)
            {
                json.WritePropertyName(result.Columns[i]);
                Write(json, row[i]);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>Reads a JSON value as a Cypher value: integers become long, other numbers double.</summary>
    public static object? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        // The cast keeps integers long: without it the conditional's type is double and 41 would arrive as 41.0.
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Read).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value)),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.ValueKind, "Unexpected JSON value kind."),
    };

    private static void WriteMap(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> map)
    {
        json.WriteStartObject();
        foreach (var (key, item) in map.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(key);
            Write(json, item);
        }
        json.WriteEndObject();
    }
}
