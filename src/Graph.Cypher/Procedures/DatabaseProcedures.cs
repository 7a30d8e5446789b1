using Graph.Cypher.Storage;

namespace Graph.Cypher.Procedures;

/// <summary>Neo4j's schema procedures, answered from the graph the statement sees: the names in use there, sorted.</summary>
internal static class DatabaseProcedures
{
    public static IReadOnlyList<Procedure> All { get; } =
    [
        Listing("db.labels", "label", graph => graph.Labels()),
        Listing("db.relationshipTypes", "relationshipType", graph => graph.RelationshipTypes()),
        Listing("db.propertyKeys", "propertyKey", PropertyKeys),
    ];

    private static Procedure Listing(string name, string column, Func<GraphSnapshot, IEnumerable<string>> names) =>
        new(name, [], [new ProcedureOutput(column, CypherType.String)],
            invocation => names(invocation.Graph).Select(value => (IReadOnlyList<object?>)[value]));

    /// <summary>
    /// Keys of node and relationship properties. There is no key index, so this scans every record; maps with the same
    /// keys share one key array (SharedKeys), so most records add no work beyond a reference check.
    /// </summary>
    private static IEnumerable<string> PropertyKeys(GraphSnapshot graph)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var properties in graph.AllNodes().Select(node => node.Properties).Concat(graph.AllRelationships().Select(r => r.Properties)))
        {
            if (seen.Add(properties.KeyArray))
            {
                keys.UnionWith(properties.Keys);
            }
        }
        return keys;
    }
}
