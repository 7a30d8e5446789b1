using System.Collections;
using System.Globalization;
using Graph.Core.Cypher;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Procedures;

/// <summary>Values across a procedure's edges: arguments checked against the input types, outputs read back as engine values.</summary>
internal static class ProcedureValues
{
    /// <summary>
    /// The engine value as the input type takes it (an integer for a FLOAT input becomes a float); false when the
    /// type does not accept it. Null is accepted everywhere: every procedure type is nullable.
    /// </summary>
    public static bool TryCoerce(object? value, CypherType type, out object? converted)
    {
        converted = value;
        if (value is long integer && type == CypherType.Float)
        {
            converted = (double)integer;
            return true;
        }
        return value is null || type switch
        {
            CypherType.Any => true,
            CypherType.Boolean => value is bool,
            CypherType.Integer => value is long,
            CypherType.Float => value is double,
            CypherType.Number => value is long or double,
            CypherType.String => value is string,
            CypherType.List => value is IReadOnlyList<object?>,
            CypherType.Map => value is IReadOnlyDictionary<string, object?>,
            CypherType.Node => value is NodeRef,
            CypherType.Relationship => value is RelationshipRef,
            CypherType.Path => value is PathValue,
            _ => false,
        };
    }

    /// <summary>A value a procedure body returned, as the engine holds it: nodes and relationships of this graph by id.</summary>
    public static object? FromOutput(object? value) => value switch
    {
        CypherNode node => new NodeRef(Id(node.ElementId)),
        CypherRelationship relationship => new RelationshipRef(Id(relationship.ElementId)),
        CypherPath path => new PathValue(
            path.Nodes.Select(node => Id(node.ElementId)).ToList(),
            path.Relationships.Select(relationship => Id(relationship.ElementId)).ToList()),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(pair => pair.Key, pair => FromOutput(pair.Value), StringComparer.Ordinal),
        IDictionary => ValueConversion.FromParameter(value),
        IEnumerable items and not string => items.Cast<object?>().Select(FromOutput).ToList(),
        _ => ValueConversion.FromParameter(value),
    };

    private static long Id(string elementId) =>
        long.TryParse(elementId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new InvalidOperationException($"'{elementId}' is not the id of an entity of the embedded graph.");
}
