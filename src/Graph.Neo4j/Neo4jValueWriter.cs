using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Xml;
using Graph.Core.Cypher;

namespace Graph.Neo4j;

/// <summary>
/// Writes statement parameters as typed JSON, so a long stays an INTEGER (never a lossy JSON number) and a
/// double stays a FLOAT even when it is whole. Values with no Cypher equivalent are refused, naming the parameter.
/// </summary>
internal static class Neo4jValueWriter
{
    public static void WriteParameters(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in parameters)
        {
            writer.WritePropertyName(name);
            Write(writer, value, "$" + name);
        }
        writer.WriteEndObject();
    }

    /// <param name="path">The parameter and where inside it, e.g. $ids[3], for error messages.</param>
    public static void Write(Utf8JsonWriter writer, object? value, string path)
    {
        switch (value)
        {
            case null:
                Typed(writer, "Null", w => w.WriteNullValue());
                break;
            case bool flag:
                Typed(writer, "Boolean", w => w.WriteBooleanValue(flag));
                break;
            case long or int or short or sbyte or byte or ushort or uint:
                TypedString(writer, "Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case ulong unsigned when unsigned <= long.MaxValue:
                TypedString(writer, "Integer", unsigned.ToString(CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                TypedString(writer, "Float", FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case string text:
                TypedString(writer, "String", text);
                break;
            case char character:
                TypedString(writer, "String", character.ToString());
                break;
            case byte[] bytes:
                TypedString(writer, "Base64", Convert.ToBase64String(bytes));
                break;
            case CypherTemporal temporal:
                TypedString(writer, QueryApiType(temporal), temporal.Iso);
                break;
            case DateTimeOffset moment:
                TypedString(writer, "OffsetDateTime", moment.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
                break;
            case DateTime { Kind: DateTimeKind.Utc } utc:
                TypedString(writer, "OffsetDateTime", utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
                break;
            case DateTime local:
                TypedString(writer, "LocalDateTime", local.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                TypedString(writer, "Date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case TimeOnly time:
                TypedString(writer, "LocalTime", time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
                break;
            case TimeSpan span:
                TypedString(writer, "Duration", XmlConvert.ToString(span));
                break;
            case CypherNode or CypherRelationship or CypherPath:
                throw new ArgumentException(
                    $"Parameter {path} is a {value.GetType().Name}; send its id or properties instead, Neo4j does not accept graph entities as parameters.",
                    nameof(value));
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map, path);
                break;
            case IDictionary<string, object?> map:
                WriteMap(writer, map, path);
                break;
            case IEnumerable items:
                WriteList(writer, items, path);
                break;
            default:
                throw new ArgumentException(
                    $"Parameter {path} has type {value.GetType().FullName}, which has no Cypher equivalent " +
                    "(use null, bool, integers, floating point, string, lists, string-keyed maps or temporal types).",
                    nameof(value));
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map, string path)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", "Map");
        writer.WritePropertyName("_value");
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item, $"{path}.{key}");
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, IEnumerable items, string path)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", "List");
        writer.WritePropertyName("_value");
        writer.WriteStartArray();
        var index = 0;
        foreach (var item in items)
        {
            Write(writer, item, $"{path}[{index++}]");
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Shortest round-tripping text; the non-finite spellings are the ones the Query API documents.</summary>
    private static string FormatFloat(double number) => number switch
    {
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ when double.IsNaN(number) => "NaN",
        _ => number.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>The Query API's type name: a datetime with a zone name in brackets is zoned, with only an offset it is an offset datetime.</summary>
    private static string QueryApiType(CypherTemporal temporal) => temporal.Type switch
    {
        CypherTemporalType.Date => "Date",
        CypherTemporalType.LocalTime => "LocalTime",
        CypherTemporalType.Time => "Time",
        CypherTemporalType.LocalDateTime => "LocalDateTime",
        CypherTemporalType.DateTime => temporal.Iso.EndsWith(']') ? "ZonedDateTime" : "OffsetDateTime",
        _ => "Duration",
    };

    private static void TypedString(Utf8JsonWriter writer, string type, string value) =>
        Typed(writer, type, w => w.WriteStringValue(value));

    private static void Typed(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> writeValue)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        writeValue(writer);
        writer.WriteEndObject();
    }
}
