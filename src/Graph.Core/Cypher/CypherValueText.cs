using System.Globalization;
using System.Text;

namespace Graph.Core.Cypher;

/// <summary>Renders Cypher values as text the way cypher-shell does: (:Label {k: v}), [:TYPE], [1, 2], {k: v}.</summary>
public static class CypherValueText
{
    /// <summary>Top-level strings print bare; nested strings are quoted so lists stay unambiguous.</summary>
    public static string Format(object? value) => value is string s ? s : Literal(value);

    public static string Literal(object? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case double d:
                text.Append(FormatFloat(d));
                break;
            case IFormattable number when value is long or int:
                text.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case CypherNode node:
                text.Append('(');
                foreach (var label in node.Labels)
                {
                    text.Append(':').Append(label);
                }
                AppendProperties(text, node.Properties, leadingSpace: node.Labels.Count > 0);
                text.Append(')');
                break;
            case CypherRelationship rel:
                text.Append("[:").Append(rel.Type);
                AppendProperties(text, rel.Properties, leadingSpace: true);
                text.Append(']');
                break;
            case CypherPath path:
                AppendPath(text, path);
                break;
            case IReadOnlyDictionary<string, object?> map:
                AppendMap(text, map);
                break;
            case System.Collections.IEnumerable list:
                text.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first)
                    {
                        text.Append(", ");
                    }
                    Append(text, item);
                    first = false;
                }
                text.Append(']');
                break;
            default:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>Floats always show a decimal point or exponent so 1.0 is not mistaken for the integer 1.</summary>
    public static string FormatFloat(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) ? s : s + ".0";
    }

    private static void AppendPath(StringBuilder text, CypherPath path)
    {
        Append(text, path.Nodes[0]);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var rel = path.Relationships[i];
            var forward = rel.StartElementId == path.Nodes[i].ElementId;
            text.Append(forward ? "-" : "<-");
            Append(text, rel);
            text.Append(forward ? "->" : "-");
            Append(text, path.Nodes[i + 1]);
        }
    }

    private static void AppendProperties(StringBuilder text, IReadOnlyDictionary<string, object?> properties, bool leadingSpace)
    {
        if (properties.Count == 0)
        {
            return;
        }
        if (leadingSpace)
        {
            text.Append(' ');
        }
        AppendMap(text, properties);
    }

    private static void AppendMap(StringBuilder text, IReadOnlyDictionary<string, object?> map)
    {
        text.Append('{');
        var first = true;
        foreach (var (key, item) in map.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                text.Append(", ");
            }
            text.Append(key).Append(": ");
            Append(text, item);
            first = false;
        }
        text.Append('}');
    }
}
