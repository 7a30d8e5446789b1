using System.Globalization;
using System.Text;
using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Tck;

/// <summary>
/// One canonical text for a value, whether parsed from the TCK or returned by the engine: labels and
/// map keys sorted, floats in round-trip form, lists optionally sorted (for "ignoring element order").
/// </summary>
internal static class TckValueText
{
    public static string Of(object? value, bool sortLists = false)
    {
        var text = new StringBuilder();
        Append(text, value, sortLists);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value, bool sortLists)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case long l:
                text.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                // The TCK does not tell -0.0 from 0.0.
                text.Append(double.IsNaN(d) ? "NaN" : (d == 0 ? 0.0 : d).ToString("R", CultureInfo.InvariantCulture)).Append('f');
                break;
            case string s:
                text.Append('\'').Append(s).Append('\'');
                break;
            case CypherTemporal temporal:
                // The TCK writes temporal values as their ISO text in quotes.
                text.Append('\'').Append(temporal.Iso).Append('\'');
                break;
            case CypherNode node:
                Node(text, node.Labels, node.Properties);
                break;
            case TckNode node:
                Node(text, node.Labels, node.Properties);
                break;
            case CypherRelationship relationship:
                Relationship(text, relationship.Type, relationship.Properties);
                break;
            case TckRelationship relationship:
                Relationship(text, relationship.Type, relationship.Properties);
                break;
            case CypherPath path:
                text.Append('<');
                Node(text, path.Nodes[0].Labels, path.Nodes[0].Properties);
                for (var i = 0; i < path.Relationships.Count; i++)
                {
                    var relationship = path.Relationships[i];
                    var forward = relationship.StartElementId == path.Nodes[i].ElementId;
                    text.Append(forward ? "-" : "<-");
                    Relationship(text, relationship.Type, relationship.Properties);
                    text.Append(forward ? "->" : "-");
                    Node(text, path.Nodes[i + 1].Labels, path.Nodes[i + 1].Properties);
                }
                text.Append('>');
                break;
            case TckPath path:
                text.Append('<');
                Node(text, path.Nodes[0].Labels, path.Nodes[0].Properties);
                for (var i = 0; i < path.Relationships.Count; i++)
                {
                    text.Append(path.Forward[i] ? "-" : "<-");
                    Relationship(text, path.Relationships[i].Type, path.Relationships[i].Properties);
                    text.Append(path.Forward[i] ? "->" : "-");
                    Node(text, path.Nodes[i + 1].Labels, path.Nodes[i + 1].Properties);
                }
                text.Append('>');
                break;
            case IReadOnlyDictionary<string, object?> map:
                Map(text, map, sortLists);
                break;
            case System.Collections.IEnumerable list:
                var items = list.Cast<object?>().Select(item => Of(item, sortLists));
                if (sortLists)
                {
                    items = items.Order(StringComparer.Ordinal);
                }
                text.Append('[').AppendJoin(", ", items).Append(']');
                break;
            default:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void Node(StringBuilder text, IEnumerable<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        text.Append('(');
        foreach (var label in labels.Order(StringComparer.Ordinal))
        {
            text.Append(':').Append(label);
        }
        if (properties.Count > 0)
        {
            text.Append(' ');
            Map(text, properties, false);
        }
        text.Append(')');
    }

    private static void Relationship(StringBuilder text, string type, IReadOnlyDictionary<string, object?> properties)
    {
        text.Append("[:").Append(type);
        if (properties.Count > 0)
        {
            text.Append(' ');
            Map(text, properties, false);
        }
        text.Append(']');
    }

    private static void Map(StringBuilder text, IReadOnlyDictionary<string, object?> map, bool sortLists)
    {
        text.Append('{').AppendJoin(", ", map.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + ": " + Of(pair.Value, sortLists))).Append('}');
    }
}
