using System.Text.Json;
using Graph.Core.Cypher;

namespace Graph.Api.Export;

/// <summary>GraphML's attribute types (attr.type); lists and maps have none, so they travel as JSON text.</summary>
internal enum ExportAttributeType
{
    Boolean,
    Long,
    Double,
    String,
}

/// <summary>
/// One attribute column of an export: the property it reads, the name tools show for it and the type every
/// value of it fits. A property whose name a writer reserves (id, label, source...) is shown as "name_property".
/// </summary>
internal sealed record ExportAttribute(string Key, string Property, string Name, ExportAttributeType Type)
{
    /// <summary>The columns for these property maps: every property name once, typed by the values it holds, ordered by name.</summary>
    public static IReadOnlyList<ExportAttribute> For(
        IEnumerable<IReadOnlyDictionary<string, object?>> elements, string keyPrefix, IReadOnlySet<string> reservedNames)
    {
        var types = new SortedDictionary<string, ExportAttributeType?>(StringComparer.Ordinal);
        foreach (var properties in elements)
        {
            foreach (var (name, value) in properties)
            {
                types.TryGetValue(name, out var seen);
                types[name] = Widen(seen, value);
            }
        }
        return types.Select((pair, index) => new ExportAttribute(
            $"{keyPrefix}{index}",
            pair.Key,
            reservedNames.Contains(pair.Key) ? $"{pair.Key}_property" : pair.Key,
            pair.Value ?? ExportAttributeType.String)).ToList();
    }

    /// <summary>The value as GraphML text of this attribute's type; null when the element has no such property.</summary>
    public string? Format(IReadOnlyDictionary<string, object?> properties)
    {
        if (!properties.TryGetValue(Property, out var value) || value is null)
        {
            return null;
        }
        if (value is int i)
        {
            value = (long)i;
        }
        return (Type, value) switch
        {
            (ExportAttributeType.Boolean, bool b) => b ? "true" : "false",
            (ExportAttributeType.Long, long l) => System.Xml.XmlConvert.ToString(l),
            (ExportAttributeType.Double, long l) => System.Xml.XmlConvert.ToString((double)l),
            (ExportAttributeType.Double, double d) => System.Xml.XmlConvert.ToString(d),
            (_, string s) => s,
            // GraphML has no date type: a date travels as its ISO text, not as a quoted JSON string.
            (_, CypherTemporal temporal) => temporal.Iso,
            _ => Json(value),
        };
    }

    /// <summary>Lists, maps and graph values as compact JSON, the way the console and `graph cypher --format json` show them.</summary>
    public static string Json(object? value)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            CypherValueJson.Write(json, value);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static ExportAttributeType? Widen(ExportAttributeType? seen, object? value)
    {
        ExportAttributeType? own = value switch
        {
            null => null,
            bool => ExportAttributeType.Boolean,
            long or int => ExportAttributeType.Long,
            double => ExportAttributeType.Double,
            _ => ExportAttributeType.String,
        };
        return (seen, own) switch
        {
            (null, _) => own,
            (_, null) => seen,
            _ when seen == own => seen,
            (ExportAttributeType.Long, ExportAttributeType.Double) or (ExportAttributeType.Double, ExportAttributeType.Long) => ExportAttributeType.Double,
            _ => ExportAttributeType.String,
        };
    }
}
