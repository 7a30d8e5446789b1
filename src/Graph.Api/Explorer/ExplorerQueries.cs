using Graph.Core.Cypher;
using Graph.Core.Model;

namespace Graph.Api.Explorer;

/// <summary>
/// The statements behind the explorer's JSON endpoints: parameterized, read mode. The explorer uses its own endpoints
/// rather than GraphQL fields still being written (search, neighborhood), and draws what these return.
/// </summary>
internal sealed class ExplorerQueries(ICypherSession session)
{
    public const int MaxSearchResults = 50;
    public const int MaxNeighbours = 200;

    /// <summary>
    /// Nodes whose caption (name, title or text) or an alias holds the words, best first: the whole caption,
    /// then a caption starting with it, containing it, an alias containing it, and last a longer text or summary.
    /// </summary>
    public const string Search = """
        MATCH (n)
        WITH n, toLower($text) AS wanted, toLower(coalesce(n.name, n.title, n.text, n.id, '')) AS caption
        WITH n, CASE
            WHEN caption = wanted THEN 0
            WHEN caption STARTS WITH wanted THEN 1
            WHEN caption CONTAINS wanted THEN 2
            WHEN any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS wanted) THEN 3
            WHEN toLower(coalesce(n.text, '')) CONTAINS wanted OR toLower(coalesce(n.summary, '')) CONTAINS wanted THEN 4
          END AS rank, caption
        WHERE rank IS NOT NULL
        RETURN n
        ORDER BY rank, size(caption), n.id
        LIMIT $limit
        """;

    /// <summary>One statement per label (the id's prefix names it) so the lookup seeks the label's id index.</summary>
    private static readonly Dictionary<string, string> NeighbourhoodStatements = Labels.All.ToDictionary(
        label => label.ToLowerInvariant(),
        label => $$"""
            MATCH (n:{{label}} {id: $id})
            OPTIONAL MATCH (n)-[r]-(m)
            WITH n, r, m ORDER BY type(r), m.id
            RETURN n, count(r) AS degree, collect([r, m])[..$limit] AS links
            """,
        StringComparer.Ordinal);

    public static IReadOnlyList<string> All { get; } = [Search, .. NeighbourhoodStatements.Values];

    public async Task<IReadOnlyList<CypherNode>> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["text"] = text.Trim(), ["limit"] = (long)limit };
        var result = await session.RunAsync(Search, parameters, CypherAccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(row => (CypherNode)row[0]!).ToList();
    }

    /// <summary>The node, how many relationships it has, and up to <paramref name="limit"/> of them with the node at the other end; null when no node has the id.</summary>
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
