using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Graph.Core.Cypher;
using Graph.Cypher.Execution.Values.Temporal;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Values;

/// <summary>
/// Moves values across the engine's edges: parameters in (any .NET numbers, arrays, dictionaries),
/// stored properties in (immutable lists), results out (Graph.Core nodes, relationships, paths, lists, maps,
/// temporal values).
/// </summary>
internal static class ValueConversion
{
    public static object? FromParameter(object? value)
    {
        switch (value)
        {
            case null or string or bool or long or double:
                return value;
            case int or short or sbyte or byte or ushort or uint:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case ulong u:
                return u <= long.MaxValue ? (long)u : (object)(double)u;
            case float f:
                return (double)f;
            case decimal m:
                return (double)m;
            case char c:
                return c.ToString();
            case CypherTemporal temporal:
                return TemporalBoundary.FromParameter(temporal);
            case DateTimeOffset or DateTime or DateOnly or TimeOnly or TimeSpan:
                return TemporalBoundary.FromDotNet(value);
            case JsonElement json:
                return FromParameter(CypherValueJson.Read(json));
            case CypherNode or CypherRelationship or CypherPath:
                throw RuntimeErrors.Type($"A {value.GetType().Name} cannot be passed as a parameter to the embedded engine; pass its id or properties instead.");
            case IReadOnlyDictionary<string, object?> map:
                return map.ToDictionary(pair => pair.Key, pair => FromParameter(pair.Value), StringComparer.Ordinal);
            case IDictionary dictionary:
                var converted = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in dictionary)
                {
                    converted[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = FromParameter(entry.Value);
                }
                return converted;
            case IEnumerable items:
                var list = new List<object?>();
                foreach (var item in items)
                {
                    list.Add(FromParameter(item));
                }
                return list;
            case Guid:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
            default:
                throw RuntimeErrors.Type($"Parameter values of .NET type {value.GetType().Name} are not supported");
        }
    }

    /// <summary>A stored property as a query value: lists become List&lt;object?&gt;.</summary>
    public static object? FromStored(object? value) =>
        value is ImmutableArray<object> array ? array.Cast<object?>().ToList() : value;

    /// <summary>A property of a node or relationship record (null when the record or the key is missing).</summary>
    public static object? Property(PropertyDictionary? properties, string key) =>
        properties is not null && properties.TryGetValue(key, out var value) ? FromStored(value) : null;

    public static Dictionary<string, object?> PropertiesOf(PropertyDictionary? properties)
    {
        var map = new Dictionary<string, object?>(properties?.Count ?? 0, StringComparer.Ordinal);
        if (properties is null)
        {
            return map;
        }
        foreach (var (key, value) in properties)
        {
            map[key] = FromStored(value);
        }
        return map;
    }
}
