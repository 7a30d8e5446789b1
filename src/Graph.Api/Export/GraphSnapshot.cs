using Graph.Api.Data;
using Graph.Core.Cypher;
using Graph.Core.Model;

namespace Graph.Api.Export;

/// <summary>A node as exported: its stable id (the `id` property, else one made from the element id), labels, caption and properties (not the importer's <see cref="ImportBookkeeping"/>).</summary>
public sealed record ExportNode(string Id, IReadOnlyList<string> Labels, string Caption, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as exported, its ends named by <see cref="ExportNode.Id"/>.</summary>
public sealed record ExportEdge(string Id, string Type, string Source, string Target, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>PAIRS_WITH is symmetric (stored once, read both ways); the Cytoscape.js export says so in a directed field.</summary>
    public bool IsDirected => Type != RelationshipTypes.PairsWith;
}

/// <summary>
/// The whole graph, read by one read-mode statement (so from one consistent snapshot of the store) and ordered so that
/// the same graph always exports to the same bytes. The writers need every property name and type before the first
/// element (GraphML declares its keys up front), so the snapshot is read first and written out afterwards.
/// </summary>
public sealed class GraphSnapshot
{
    /// <summary>Every node with its outgoing relationships; each relationship appears once, under its start node.</summary>
    internal const string Statement = """
        MATCH (n)
        OPTIONAL MATCH (n)-[r]->(b)
        WITH n, r, b ORDER BY type(r), b.id, r.page, r.line
        RETURN n, collect(r) AS outgoing
        ORDER BY n.id
        """;

    private GraphSnapshot(IReadOnlyList<ExportNode> nodes, IReadOnlyList<ExportEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public IReadOnlyList<ExportNode> Nodes { get; }

    public IReadOnlyList<ExportEdge> Edges { get; }

    /// <summary>A node's id in exports and in the explorer: its `id` property, else one made from its element id.</summary>
    internal static string NodeId(CypherNode node) => node["id"] as string ?? $"node:{node.ElementId}";

    internal static string EdgeId(CypherRelationship relationship) => $"rel:{relationship.ElementId}";

    /// <summary>What a person reads as the node's name: name, else title, else text, else the id (as the GraphQL layer names it).</summary>
    internal static string Caption(CypherNode node) => new GraphEntity(NodeId(node), node.Labels.Count > 0 ? node.Labels[0] : "", node.Properties).DisplayName;

    private static IReadOnlyDictionary<string, object?> WithoutBookkeeping(IReadOnlyDictionary<string, object?> properties) =>
        properties.Keys.Any(ImportBookkeeping.IsBookkeeping)
            ? properties.Where(pair => !ImportBookkeeping.IsBookkeeping(pair.Key)).ToDictionary(StringComparer.Ordinal)
            : properties;

    public static async Task<GraphSnapshot> ReadAsync(ICypherSession session, CancellationToken cancellationToken)
    {
        var result = await session.RunAsync(Statement, null, CypherAccessMode.Read, cancellationToken).ConfigureAwait(false);

        var idsByElement = new Dictionary<string, string>(result.Rows.Count, StringComparer.Ordinal);
        var nodes = new List<ExportNode>(result.Rows.Count);
        foreach (var row in result.Rows)
        {
            var node = (CypherNode)row[0]!;
            var id = NodeId(node);
            idsByElement[node.ElementId] = id;
            nodes.Add(new ExportNode(id, node.Labels, Caption(node), WithoutBookkeeping(node.Properties)));
        }

        var edges = new List<ExportEdge>();
        foreach (var relationship in result.Rows.SelectMany(row => (IEnumerable<object?>)row[1]!).Cast<CypherRelationship>())
        {
            edges.Add(new ExportEdge(
                EdgeId(relationship),
                relationship.Type,
                idsByElement[relationship.StartElementId],
                idsByElement[relationship.EndElementId],
                relationship.Properties));
        }
        return new GraphSnapshot(nodes, edges);
    }
}
