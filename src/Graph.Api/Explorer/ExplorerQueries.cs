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

    public static IReadOnlyList<string> All { get; } = [GraphTraversals.Search, .. NeighbourhoodStatements.Values];

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
}

/// <summary>A node with some of its relationships, each with the node at its other end.</summary>
internal sealed record Neighbourhood(CypherNode Node, long Degree, IReadOnlyList<(CypherRelationship Relationship, CypherNode Other)> Links);
