using System.Globalization;
using Graph.Core.Cypher;
using Graph.Cypher.Execution.Values.Temporal;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Values;

/// <summary>
/// Turns the engine's values into Graph.Core results for one statement. A node or relationship returned by many rows
/// is converted once and the same instance is shared, so its properties are copied out of the store only once.
/// </summary>
internal sealed class ResultConversion(GraphSnapshot view)
{
    private readonly Dictionary<long, CypherNode> _nodes = [];
    private readonly Dictionary<long, CypherRelationship> _relationships = [];

    public object? ToResult(object? value) => value switch
    {
        NodeRef node => ToNode(node.Id),
        RelationshipRef relationship => ToRelationship(relationship.Id),
        PathValue path => new CypherPath(
            path.Nodes.Select(ToNode).ToList(),
            path.Relationships.Select(ToRelationship).ToList()),
        IReadOnlyDictionary<string, object?> map => ToMap(map),
        IReadOnlyList<object?> list => ToList(list),
        ITemporalValue temporal => TemporalBoundary.ToResult(temporal),
        _ => value,
    };

    /// <summary>A record's properties as a result map (temporal values converted like any returned value).</summary>
    private IReadOnlyDictionary<string, object?> PropertiesOf(PropertyDictionary? properties) =>
        ToMap(ValueConversion.PropertiesOf(properties));

    /// <summary>A node deleted by the query itself comes back with its id only.</summary>
    public CypherNode ToNode(long id)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            var record = view.GetNode(id);
            node = new CypherNode(
                id.ToString(CultureInfo.InvariantCulture),
                record is null ? [] : [.. record.Labels],
                PropertiesOf(record?.Properties));
            _nodes.Add(id, node);
        }
        return node;
    }

    public CypherRelationship ToRelationship(long id)
    {
        if (!_relationships.TryGetValue(id, out var relationship))
        {
            var record = view.GetRelationship(id);
            relationship = new CypherRelationship(
                id.ToString(CultureInfo.InvariantCulture),
                record?.Type ?? "",
                record?.StartId.ToString(CultureInfo.InvariantCulture) ?? "",
                record?.EndId.ToString(CultureInfo.InvariantCulture) ?? "",
                PropertiesOf(record?.Properties));
            _relationships.Add(id, relationship);
        }
        return relationship;
    }

    /// <summary>
    /// The list with its items converted; the same list when none changes (maps and lists of plain values, as the
    /// GraphQL translation returns by the thousand, are not copied).
    /// </summary>
    private IReadOnlyList<object?> ToList(IReadOnlyList<object?> list)
    {
        List<object?>? converted = null;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var result = ToResult(item);
            if (converted is null && !ReferenceEquals(result, item))
            {
                converted = new List<object?>(list.Count);
                for (var j = 0; j < i; j++)
                {
                    converted.Add(list[j]);
                }
            }
            converted?.Add(result);
        }
        return converted ?? list;
    }

    /// <summary>The map with its values converted; the same map when none changes.</summary>
    private IReadOnlyDictionary<string, object?> ToMap(IReadOnlyDictionary<string, object?> map)
    {
        Dictionary<string, object?>? converted = null;
        foreach (var (key, value) in map)
        {
            var result = ToResult(value);
            if (converted is null && !ReferenceEquals(result, value))
            {
                converted = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
                foreach (var (earlierKey, earlier) in map)
                {
                    if (earlierKey == key)
                    {
                        break;
                    }
                    converted[earlierKey] = earlier;
                }
            }
            if (converted is not null)
            {
                converted[key] = result;
            }
        }
        return converted ?? map;
    }
}
