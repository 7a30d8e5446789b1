using Graph.Api.Data;
using Graph.Core.Cypher;
using Graph.Core.Model;

namespace Graph.Api.Explorer;

/// <summary>
/// The statements behind the explorer's JSON endpoints: parameterized, read mode. Search shares GraphQL's ranked
/// statement; the neighbourhood returns raw relationships with their provenance, as the explorer draws them.
/// </summary>
internal sealed class ExplorerQueries(ICypherSession session)
{
    public const int MaxSearchResults = 50;
    public const int MaxNeighbours = 200;

    /// <summary>One statement per label (the id's prefix names it) so the lookup seeks the label's id index.</summary>
    private static readonly Dictionary<string, string> NeighbourhoodStatements = NodeCatalog.Served.ToDictionary(
        label => label.ToLowerInvariant(),
        label => $$"""
            MATCH (n:{{label}} {id: $id})
            OPTIONAL MATCH (n)-[r]-(m)
            WITH n, r, m ORDER BY type(r), m.id
            RETURN n,
                count(DISTINCT CASE WHEN r IS NULL THEN null ELSE [type(r), m.id, type(r) = 'PAIRS_WITH' OR startNode(r) = n] END) AS degree,
                collect([r, m])[..$limit] AS links
            """,
        StringComparer.Ordinal);

    public const int MaxDrawn = 400;

    /// <summary>
    /// Nodes by id and every relationship among them, in one statement: a branch per label so each id is an index
    /// seek, never a scan of every node. Each relationship comes once, from its start node.
    /// </summary>
    private static readonly string DrawingStatement = string.Join("\nUNION ALL\n", NodeCatalog.Served.Select(label => $$"""
        UNWIND $ids AS id
        MATCH (n:{{label}} {id: id})
        OPTIONAL MATCH (n)-[r]->(m)
        WHERE m.id IN $ids
        RETURN n, collect(r) AS relationships
        """));

    public static IReadOnlyList<string> All { get; } = [GraphTraversals.Search, DrawingStatement, .. NeighbourhoodStatements.Values];

    /// <summary>Nodes of any label whose name, title, text or an alias holds the words, ranked as GraphQL's <c>search</c> ranks them.</summary>
    public async Task<IReadOnlyList<CypherNode>> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["text"] = text.Trim().ToLowerInvariant(),
            ["labels"] = Labels.All.Cast<object?>().ToList(),
            ["first"] = (long)limit,
        };
        var result = await session.RunAsync(GraphTraversals.Search, parameters, CypherAccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(row => (CypherNode)row[0]!).ToList();
    }

    /// <summary>
    /// The node, how many facts link it (relationships of one type between the same two nodes, stated on several pages,
    /// count once, as the explorer draws them), and up to <paramref name="limit"/> relationships with the node at the
    /// other end; null when no node has the id.
    /// </summary>
    public async Task<Neighbourhood?> NeighbourhoodAsync(string id, int limit, CancellationToken cancellationToken)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !NeighbourhoodStatements.TryGetValue(id[..colon], out var statement))
        {
            return null;
        }
        var parameters = new Dictionary<string, object?> { ["id"] = id, ["limit"] = (long)limit };
        var result = await session.RunAsync(statement, parameters, CypherAccessMode.Read, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            return null;
        }
        var row = result.Rows[0];
        var links = ((IEnumerable<object?>)row[2]!)
            .Cast<IReadOnlyList<object?>>()
            .Where(pair => pair[0] is CypherRelationship)
            .Select(pair => ((CypherRelationship)pair[0]!, (CypherNode)pair[1]!))
            .ToList();
        return new Neighbourhood((CypherNode)row[0]!, (long)row[1]!, links);
    }

    /// <summary>The nodes among <paramref name="ids"/> that exist, and every relationship between two of them.</summary>
    public async Task<Drawing> DrawingAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).Cast<object?>().ToList() };
        var result = await session.RunAsync(DrawingStatement, parameters, CypherAccessMode.Read, cancellationToken).ConfigureAwait(false);
        var nodes = result.Rows.Select(row => (CypherNode)row[0]!).ToList();
        var relationships = result.Rows.SelectMany(row => ((IEnumerable<object?>)row[1]!).OfType<CypherRelationship>()).ToList();
        return new Drawing(nodes, relationships);
    }
}

/// <summary>Nodes to draw and the relationships among them.</summary>
internal sealed record Drawing(IReadOnlyList<CypherNode> Nodes, IReadOnlyList<CypherRelationship> Relationships);

/// <summary>A node with some of its relationships, each with the node at its other end.</summary>
internal sealed record Neighbourhood(CypherNode Node, long Degree, IReadOnlyList<(CypherRelationship Relationship, CypherNode Other)> Links);
