using System.Globalization;
using Graph.Core.Cypher;
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
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(pair => pair.Key, pair => ToResult(pair.Value), StringComparer.Ordinal),
        IReadOnlyList<object?> list => ToList(list),
        _ => value,
    };

    /// <summary>A node deleted by the query itself comes back with its id only.</summary>
    public CypherNode ToNode(long id)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            var record = view.GetNode(id);
            node = new CypherNode(
                id.ToString(CultureInfo.InvariantCulture),
                record is null ? [] : [.. record.Labels],
                ValueConversion.PropertiesOf(record?.Properties));
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
                ValueConversion.PropertiesOf(record?.Properties));
            _relationships.Add(id, relationship);
        }
        return relationship;
    }

    private List<object?> ToList(IReadOnlyList<object?> list)
    {
        var converted = new List<object?>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            converted.Add(ToResult(list[i]));
        }
        return converted;
    }
}
