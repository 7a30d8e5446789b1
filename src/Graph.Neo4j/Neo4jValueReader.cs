using System.Globalization;
using System.Text.Json;
using Graph.Core.Cypher;

namespace Graph.Neo4j;

/// <summary>
/// Maps the Query API's typed JSON (<c>{"$type": "Integer", "_value": "123"}</c>) to the plain Cypher values
/// every backend returns. Integers arrive as strings, so values beyond 2^53 stay exact longs. Temporal values become
/// <see cref="CypherTemporal"/> (their type and Neo4j's text, as the embedded engine returns them); spatial values keep
/// Neo4j's text form; types with no Graph.Core equivalent fail with the value's position.
/// </summary>
internal static class Neo4jValueReader
{
    /// <param name="path">Where the value sits in the response, e.g. data.values[0][2], for error messages.</param>
    public static object? Read(JsonElement typed, string path)
    {
        if (typed.ValueKind != JsonValueKind.Object
            || !typed.TryGetProperty("$type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
        {
            throw Malformed(path, $"expected an object with \"$type\" and \"_value\", got {Describe(typed)}");
        }
        var type = typeElement.GetString()!;
        typed.TryGetProperty("_value", out var value);
        return type switch
        {
            "Null" => null,
            "Boolean" => value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Malformed(path, $"Boolean with value {Describe(value)}"),
            },
            "Integer" => ReadInteger(value, path),
            "Float" => ReadFloat(value, path),
            "String" or "Base64" or "Point" => ReadString(value, type, path),
            "Date" => new CypherTemporal(CypherTemporalType.Date, ReadString(value, type, path)),
            "LocalTime" => new CypherTemporal(CypherTemporalType.LocalTime, ReadString(value, type, path)),
            "Time" => new CypherTemporal(CypherTemporalType.Time, ReadString(value, type, path)),
            "LocalDateTime" => new CypherTemporal(CypherTemporalType.LocalDateTime, ReadString(value, type, path)),
            "OffsetDateTime" or "ZonedDateTime" => new CypherTemporal(CypherTemporalType.DateTime, ReadString(value, type, path)),
            "Duration" => new CypherTemporal(CypherTemporalType.Duration, ReadString(value, type, path)),
            "List" => ReadList(value, path),
            "Map" => ReadMap(value, path),
            "Node" => ReadNode(value, path),
            "Relationship" => ReadRelationship(value, path),
            "Path" => ReadPath(value, path),
            "Vector" => ReadVector(value, path),
            "Unsupported" => throw new CypherException(
                CypherErrorCodes.Unsupported,
                $"Neo4j returned a value it cannot serialize at {path}: {(value.ValueKind == JsonValueKind.String ? value.GetString() : Describe(value))}"),
            _ => throw Malformed(path, $"unknown Query API type \"{type}\""),
        };
    }

    private static long ReadInteger(JsonElement value, string path)
    {
        // Neo4j sends the digits as a string; a bare number is accepted too but must be integral.
        var ok = value.ValueKind switch
        {
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
                ? (true, parsed) : (false, 0L),
            JsonValueKind.Number => value.TryGetInt64(out var number) ? (true, number) : (false, 0L),
            _ => (false, 0L),
        };
        return ok.Item1 ? ok.Item2 : throw Malformed(path, $"Integer with value {Describe(value)} (not a 64-bit integer)");
    }

    private static double ReadFloat(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            switch (text)
            {
                case "NaN" or "-NaN" or "Nan":
                    return double.NaN;
                case "Infinity":
                    return double.PositiveInfinity;
                case "-Infinity":
                    return double.NegativeInfinity;
            }
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }
        }
        throw Malformed(path, $"Float with value {Describe(value)}");
    }

    private static string ReadString(JsonElement value, string type, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Malformed(path, $"{type} with value {Describe(value)}");

    private static List<object?> ReadList(JsonElement value, string path)
    {
        RequireKind(value, JsonValueKind.Array, "List", path);
        var list = new List<object?>(value.GetArrayLength());
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            list.Add(Read(item, $"{path}[{index++}]"));
        }
        return list;
    }

    private static Dictionary<string, object?> ReadMap(JsonElement value, string path)
    {
        RequireKind(value, JsonValueKind.Object, "Map", path);
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in value.EnumerateObject())
        {
            map[entry.Name] = Read(entry.Value, $"{path}.{entry.Name}");
        }
        return map;
    }

    private static CypherNode ReadNode(JsonElement value, string path)
    {
        RequireKind(value, JsonValueKind.Object, "Node", path);
        var labels = new List<string>();
        foreach (var label in Property(value, "_labels", JsonValueKind.Array, path).EnumerateArray())
        {
            labels.Add(ReadString(label, "label", $"{path}._labels"));
        }
        return new CypherNode(
            ReadString(Property(value, "_element_id", JsonValueKind.String, path), "_element_id", path),
            labels,
            ReadProperties(value, path));
    }

    private static CypherRelationship ReadRelationship(JsonElement value, string path)
    {
        RequireKind(value, JsonValueKind.Object, "Relationship", path);
        string Text(string name) => Property(value, name, JsonValueKind.String, path).GetString()!;
        return new CypherRelationship(
            Text("_element_id"),
            Text("_type"),
            Text("_start_node_element_id"),
            Text("_end_node_element_id"),
            ReadProperties(value, path));
    }

    /// <summary>A path is node, relationship, node, ... in traversal order; direction lives in the relationships' ends.</summary>
    private static CypherPath ReadPath(JsonElement value, string path)
    {
        RequireKind(value, JsonValueKind.Array, "Path", path);
        var nodes = new List<CypherNode>();
        var relationships = new List<CypherRelationship>();
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            var elementPath = $"{path}[{index}]";
            var item = Read(element, elementPath);
            switch (item)
            {
                case CypherNode node when index % 2 == 0:
                    nodes.Add(node);
                    break;
                case CypherRelationship relationship when index % 2 == 1:
                    relationships.Add(relationship);
                    break;
                default:
                    throw Malformed(elementPath, $"a path must alternate nodes and relationships, starting with a node; found {Describe(element)}");
            }
            index++;
        }
        if (nodes.Count != relationships.Count + 1)
        {
            throw Malformed(path, $"a path must start and end with a node; got {nodes.Count} nodes and {relationships.Count} relationships");
        }
        return new CypherPath(nodes, relationships);
    }

    /// <summary>Vectors (Neo4j 2025.11+) become lists of numbers: integers for INT* coordinates, floats otherwise.</summary>
    private static List<object?> ReadVector(JsonElement value, string path)
    {
        RequireKind(value, JsonValueKind.Object, "Vector", path);
        var kind = Property(value, "coordinatesType", JsonValueKind.String, path).GetString()!;
        var integral = kind.StartsWith("INT", StringComparison.Ordinal);
        var list = new List<object?>();
        var index = 0;
        foreach (var coordinate in Property(value, "coordinates", JsonValueKind.Array, path).EnumerateArray())
        {
            var coordinatePath = $"{path}.coordinates[{index++}]";
            list.Add(integral ? (object)ReadInteger(coordinate, coordinatePath) : ReadFloat(coordinate, coordinatePath));
        }
        return list;
    }

    private static Dictionary<string, object?> ReadProperties(JsonElement entity, string path) =>
        entity.TryGetProperty("_properties", out var properties) && properties.ValueKind != JsonValueKind.Null
            ? ReadMap(properties, $"{path}._properties")
            : new Dictionary<string, object?>(StringComparer.Ordinal);

    private static JsonElement Property(JsonElement value, string name, JsonValueKind kind, string path)
    {
        if (!value.TryGetProperty(name, out var property) || property.ValueKind != kind)
        {
            throw Malformed(path, $"expected \"{name}\" as a JSON {kind.ToString().ToLowerInvariant()}");
        }
        return property;
    }

    private static void RequireKind(JsonElement value, JsonValueKind kind, string type, string path)
    {
        if (value.ValueKind != kind)
        {
            throw Malformed(path, $"{type} with value {Describe(value)}");
        }
    }

    private static string Describe(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.Undefined ? "(missing)" : value.GetRawText();
        return text.Length <= 80 ? text : text[..77] + "...";
    }

    private static CypherException Malformed(string path, string problem) =>
        new(Neo4jErrors.ProtocolError, $"Unexpected typed value from the Neo4j Query API at {path}: {problem}.");
}
