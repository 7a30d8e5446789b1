using System.Globalization;
using Graph.Core.Cypher;
using Graph.Core.Model;

namespace Graph.Api.Data;

/// <summary>
/// The traversals of Query: ranked search, shortest path, a neighbourhood to draw, theses shared by people and sources
/// related to a source. Parameterized Cypher; the only numbers written into a statement's text are hop bounds the
/// caller has already checked against the configured limits (Cypher takes no parameters there).
/// </summary>
internal sealed class GraphTraversals(ICypherSession session, GraphQueries queries)
{
    /// <summary>Exact name (0), exact alias (1), name prefix (2), name substring (3), alias substring (4), summary or text (5).</summary>
    public static readonly string Search = $"""
        MATCH (n)
        WHERE any(label IN labels(n) WHERE label IN $labels)
        WITH n, {SearchName("n")} AS name, {SearchAliases("n", "alias")} AS aliases
        WITH n, name, {SearchRank("n", "name", "aliases", "$text", "alias")} AS rank
        WHERE rank IS NOT NULL
        RETURN n, rank
        ORDER BY rank, size(name), name, n.id
        LIMIT $first
        """;

    /// <summary>The name search matches and orders by: the display name, lower-cased ('' when none).</summary>
    public static string SearchName(string node) => $"toLower(coalesce({node}.name, {node}.title, {node}.text, ''))";

    /// <summary>The aliases search matches, lower-cased; <paramref name="variable"/> is the comprehension's own.</summary>
    public static string SearchAliases(string node, string variable) => $"[{variable} IN coalesce({node}.aliases, []) | toLower({variable})]";

    /// <summary>
    /// A node's search rank for the lower-cased <paramref name="text"/>, given its <see cref="SearchName"/> and
    /// <see cref="SearchAliases"/> as expressions; null when nothing matches. The resolvers' statement and the
    /// GraphQL translation both rank with it.
    /// </summary>
    public static string SearchRank(string node, string name, string aliases, string text, string alias) =>
        $"CASE WHEN {name} = {text} THEN 0 WHEN any({alias} IN {aliases} WHERE {alias} = {text}) THEN 1 "
        + $"WHEN {name} STARTS WITH {text} THEN 2 WHEN {name} CONTAINS {text} THEN 3 WHEN any({alias} IN {aliases} WHERE {alias} CONTAINS {text}) THEN 4 "
        + $"WHEN toLower(coalesce({node}.summary, '')) CONTAINS {text} OR toLower(coalesce({node}.text, '')) CONTAINS {text} THEN 5 END";

    /// <summary>Theses every one of the given people holds.</summary>
    public const string SharedTheses = """
        MATCH (p:Person)-[:HOLDS]->(t:Thesis)
        WHERE p.id IN $ids
        WITH t, count(DISTINCT p) AS holders
        WHERE holders = $count
        RETURN t
        ORDER BY t.name, t.id
        """;

    public async Task<IReadOnlyList<(GraphEntity Node, long Rank)>> SearchAsync(string text, IReadOnlyList<string> labels, int first, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["text"] = text.Trim().ToLowerInvariant(),
            ["labels"] = labels.Cast<object?>().ToList(),
            ["first"] = (long)first,
        };
        var result = await ReadAsync(Search, parameters, cancellationToken).ConfigureAwait(false);
        return result.Rows
            .Select(row => (Node: GraphEntity.From(row[0]), Rank: row[1] is long rank ? rank : 0))
            .Where(hit => hit.Node is not null)
            .Select(hit => (hit.Node!, hit.Rank))
            .ToList();
    }

    /// <summary>The statement for a shortest path of at most <paramref name="maxHops"/> between two nodes of known labels.</summary>
    public static string ShortestPath(string fromLabel, string toLabel, int maxHops) => string.Create(CultureInfo.InvariantCulture,
        $"MATCH (a:{fromLabel} {{id: $from}}) MATCH (b:{toLabel} {{id: $to}}) MATCH p = shortestPath((a)-[*..{maxHops}]-(b)) RETURN p");

    /// <summary>
    /// The node a traversal starts from, given its id or its name (or alias, any case): a user knows "Boris Cherny", not
    /// "person:boris-cherny". A value naming nothing, or several nodes equally, is an error that says so.
    /// </summary>
    /// <exception cref="NodeNotFoundException">No node has that id or name, or several have that name.</exception>
    public async Task<GraphEntity> ResolveNodeAsync(string idOrName, string argument, CancellationToken cancellationToken)
    {
        if (NodeCatalog.LabelOfId(idOrName) is not null && await queries.NodeAsync(idOrName, cancellationToken).ConfigureAwait(false) is { } byId)
        {
            return byId;
        }
        var named = (await SearchAsync(idOrName, Labels.All, 10, cancellationToken).ConfigureAwait(false)).Where(hit => hit.Rank <= 1).ToList();
        var best = named.Where(hit => hit.Rank == named.FirstOrDefault().Rank).Select(hit => hit.Node).ToList();
        return best switch
        {
            [var only] => only,
            [] => throw new NodeNotFoundException(
                $"{argument}: no node has the id or the name '{idOrName}'. Ids look like person:boris-cherny; search(text: \"{idOrName}\") finds names that contain it."),
            _ => throw new NodeNotFoundException(
                $"{argument}: '{idOrName}' names {best.Count} nodes ({string.Join(", ", best.Select(node => $"{node.Id} ({node.Label})"))}); give one of these ids."),
        };
    }

    /// <summary>The shortest path between two nodes (ids or names) as nodes in order and edges, or null when none is within reach.</summary>
    public async Task<GraphView?> PathAsync(string fromIdOrName, string toIdOrName, int maxHops, CancellationToken cancellationToken)
    {
        var fromNode = await ResolveNodeAsync(fromIdOrName, "from", cancellationToken).ConfigureAwait(false);
        var toNode = await ResolveNodeAsync(toIdOrName, "to", cancellationToken).ConfigureAwait(false);
        var (from, to, fromLabel, toLabel) = (fromNode.Id, toNode.Id, fromNode.Label, toNode.Label);
        if (from == to)
        {
            return new GraphView([fromNode], []);
        }
        var result = await ReadAsync(ShortestPath(fromLabel, toLabel, maxHops), new() { ["from"] = from, ["to"] = to }, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Select(row => row[0]).OfType<CypherPath>().FirstOrDefault() is not { } path)
        {
            return null;
        }
        var nodes = path.Nodes.Select(GraphEntity.From).OfType<GraphEntity>().ToList();
        var idOfElement = path.Nodes.Where(node => node["id"] is string).ToDictionary(node => node.ElementId, node => (string)node["id"]!, StringComparer.Ordinal);
        var edges = path.Relationships.Select(relationship => GraphEdge.Of(relationship, idOfElement)).OfType<GraphEdge>().ToList();
        return new GraphView(nodes, edges);
    }

    /// <summary>
    /// The node, its neighbours out to <paramref name="depth"/> hops (nearest first, at most <paramref name="limit"/> nodes)
    /// and every relationship among them. One statement per label per level, through the batched link statement.
    /// </summary>
    public async Task<GraphView> NeighborhoodAsync(string idOrName, int depth, int limit, CancellationToken cancellationToken)
    {
        var center = await ResolveNodeAsync(idOrName, "id", cancellationToken).ConfigureAwait(false);
        var nodes = new Dictionary<string, GraphEntity>(StringComparer.Ordinal) { [center.Id] = center };
        var order = new List<GraphEntity> { center };
        var edges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        IReadOnlyList<GraphEntity> frontier = [center];
        for (var level = 0; level <= depth && frontier.Count > 0; level++)
        {
            var next = new List<GraphEntity>();
            foreach (var group in frontier.GroupBy(node => node.Label, StringComparer.Ordinal))
            {
                if (!Labels.All.Contains(group.Key))
                {
                    continue;
                }
                var links = await queries.LinksAsync(group.Key, group.Select(node => node.Id).ToList(), cancellationToken).ConfigureAwait(false);
                foreach (var (from, linksOfNode) in links.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    foreach (var link in linksOfNode)
                    {
                        // The last round only collects relationships among nodes already drawn.
                        if (!nodes.ContainsKey(link.Other.Id) && level < depth && nodes.Count < limit)
                        {
                            nodes[link.Other.Id] = link.Other;
                            order.Add(link.Other);
                            next.Add(link.Other);
                        }
                        if (nodes.ContainsKey(link.Other.Id))
                        {
                            edges.TryAdd(link.Id, link.ToEdge(from));
                        }
                    }
                }
            }
            frontier = next;
        }
        return new GraphView(order, [.. edges.Values]);
    }

    public async Task<IReadOnlyList<GraphEntity>> ThesesSharedByAsync(IReadOnlyList<string> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var parameters = new Dictionary<string, object?> { ["ids"] = ids.Cast<object?>().ToList(), ["count"] = (long)ids.Count };
        var result = await ReadAsync(SharedTheses, parameters, cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(row => GraphEntity.From(row[0])).OfType<GraphEntity>().ToList();
    }

    /// <summary>The statement for sources within <paramref name="depth"/> RELATED_TO hops (either direction) of a source.</summary>
    public static string RelatedSources(int depth) => string.Create(CultureInfo.InvariantCulture, $$"""
        MATCH (s:Source {id: $id})
        MATCH p = (s)-[:RELATED_TO*1..{{depth}}]-(o:Source)
        WHERE o <> s
        WITH o, min(length(p)) AS distance
        RETURN o, distance
        ORDER BY distance, o.title, o.id
        """);

    public async Task<IReadOnlyList<RelatedSource>> RelatedAsync(string sourceId, int depth, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(RelatedSources(depth), new() { ["id"] = sourceId }, cancellationToken).ConfigureAwait(false);
        return result.Rows
            .Select(row => GraphEntity.From(row[0]) is { } source && row[1] is long distance ? new RelatedSource(source, distance) : null)
            .OfType<RelatedSource>()
            .ToList();
    }

    /// <summary>Every read of a GraphQL request is charged to its <see cref="RowBudget"/>.</summary>
    private async Task<CypherResult> ReadAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var budget = RowBudget.Current;
        budget?.EnsureLeft();
        var result = await session.RunAsync(statement, parameters, CypherAccessMode.Read, cancellationToken).ConfigureAwait(false);
        budget?.Spend(result.Rows.Count);
        return result;
    }
}
