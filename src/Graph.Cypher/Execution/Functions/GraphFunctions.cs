using System.Globalization;
using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Execution.Functions;

/// <summary>Functions over nodes, relationships and paths.</summary>
internal static class GraphFunctions
{
    public static IEnumerable<FunctionDefinition> All { get; } =
    [
        new("id", 1, 1, (a, _, p) => IdOf(a[0], p, "id")),
        new("elementId", 1, 1, (a, _, p) => IdOf(a[0], p, "elementId") is long id ? id.ToString(CultureInfo.InvariantCulture) : null),
        new("labels", 1, 1, Labels),
        new("type", 1, 1, Type),
        new("properties", 1, 1, Properties),
        new("keys", 1, 1, Keys),
        new("startNode", 1, 1, (a, c, p) => EndOf(a[0], c, p, "startNode", start: true)),
        new("endNode", 1, 1, (a, c, p) => EndOf(a[0], c, p, "endNode", start: false)),
        new("nodes", 1, 1, (a, _, p) => RequirePath(a[0], p, "nodes") is { } path ? path.Nodes.Select(id => (object?)new NodeRef(id)).ToList() : null),
        new("relationships", 1, 1, (a, _, p) => RequirePath(a[0], p, "relationships") is { } path ? path.Relationships.Select(id => (object?)new RelationshipRef(id)).ToList() : null),
        new("length", 1, 1, Length),
    ];

    private static object? IdOf(object? value, Position position, string function) => value switch
    {
        null => null,
        NodeRef node => node.Id,
        RelationshipRef relationship => relationship.Id,
        _ => throw RuntimeErrors.Type($"Type mismatch: {function}() expected a Node or Relationship but was {CypherTypeNames.Of(value)}", position),
    };

    private static PathValue? RequirePath(object? value, Position position, string function) => value switch
    {
        null => null,
        PathValue path => path,
        _ => throw RuntimeErrors.Type($"Type mismatch: {function}() expected a Path but was {CypherTypeNames.Of(value)}", position),
    };

    private static object? Labels(object?[] a, QueryContext context, Position position) => a[0] switch
    {
        null => null,
        NodeRef node => context.CheckNode(node.Id) ? context.Node(node.Id)!.Labels.Select(label => (object?)label).ToList() : [],
        var other => throw RuntimeErrors.Type($"Type mismatch: labels() expected a Node but was {CypherTypeNames.Of(other)}", position),
    };

    private static object? Type(object?[] a, QueryContext context, Position position) => a[0] switch
    {
        null => null,
        RelationshipRef relationship => (context.Relationship(relationship.Id)
            ?? context.DeletedRelationships.GetValueOrDefault(relationship.Id))?.Type,
        var other => throw RuntimeErrors.Type($"Type mismatch: type() expected a Relationship but was {CypherTypeNames.Of(other)}", position),
    };

    private static object? Properties(object?[] a, QueryContext context, Position position) => a[0] switch
    {
        null => null,
        NodeRef node => context.CheckNode(node.Id) ? ValueConversion.PropertiesOf(context.Node(node.Id)!.Properties) : null,
        RelationshipRef relationship => context.CheckRelationship(relationship.Id) ? ValueConversion.PropertiesOf(context.Relationship(relationship.Id)!.Properties) : null,
        IReadOnlyDictionary<string, object?> map => map,
        var other => throw RuntimeErrors.Type($"Type mismatch: properties() expected a Node, Relationship or Map but was {CypherTypeNames.Of(other)}", position),
    };

    private static object? Keys(object?[] a, QueryContext context, Position position)
    {
        IEnumerable<string>? keys = a[0] switch
        {
            null => null,
            NodeRef node => context.Node(node.Id)?.Properties.Keys ?? [],
            RelationshipRef relationship => context.Relationship(relationship.Id)?.Properties.Keys ?? [],
            IReadOnlyDictionary<string, object?> map => map.Keys,
            var other => throw RuntimeErrors.Type($"Type mismatch: keys() expected a Node, Relationship or Map but was {CypherTypeNames.Of(other)}", position),
        };
        return keys?.Select(key => (object?)key).ToList();
    }

    private static object? EndOf(object? value, QueryContext context, Position position, string function, bool start)
    {
        switch (value)
        {
            case null:
                return null;
            case RelationshipRef relationship:
                var record = context.Relationship(relationship.Id);
                return record is null ? null : new NodeRef(start ? record.StartId : record.EndId);
            default:
                throw RuntimeErrors.Type($"Type mismatch: {function}() expected a Relationship but was {CypherTypeNames.Of(value)}", position);
        }
    }

    private static object? Length(object?[] a, QueryContext context, Position position) => a[0] switch
    {
        null => null,
        PathValue path => (long)path.Length,
        string s => (long)s.Length,
        IReadOnlyList<object?> list => (long)list.Count,
        var other => throw RuntimeErrors.Type($"Type mismatch: length() expected a Path but was {CypherTypeNames.Of(other)}", position),
    };
}
