using Graph.Core.Cypher;
using Graph.Core.Model;

namespace Graph.Api.Data;

/// <summary>
/// Every statement the GraphQL layer sends, in one place: parameterized Neo4j 5 Cypher, run in read mode.
/// User input only ever arrives as parameters.
/// </summary>
internal sealed class GraphQueries(ICypherSession session)
{
    /// <summary>A thesis by id (the slug of the text asked for), name or alias, case-insensitively.</summary>
    public const string ThesisByName = """
        MATCH (t:Thesis)
        WHERE t.id = $id OR toLower(t.name) = toLower($name)
           OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($name))
        RETURN t, CASE WHEN t.id = $id OR toLower(t.name) = toLower($name) THEN 0 ELSE 1 END AS rank
        ORDER BY rank, t.name
        LIMIT 1
        """;

    /// <summary>People by full name (rank 0), alias (1) or last name (2); the caller refuses an ambiguous last name.</summary>
    public const string PersonByName = """
        MATCH (p:Person)
        WITH p, CASE
            WHEN p.id = $id OR toLower(p.name) = toLower($name) THEN 0
            WHEN any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($name)) THEN 1
            WHEN toLower(p.name) ENDS WITH ' ' + toLower($name) THEN 2
          END AS rank
        WHERE rank IS NOT NULL
        RETURN p, rank
        ORDER BY rank, p.name
        LIMIT 3
        """;

    /// <summary>
    /// The theses paired with the thesis of this id, who holds each, and why; one row with a null other when it has no
    /// pairing, none when no thesis has the id. By id so the label's unique index finds it without a scan.
    /// </summary>
    public const string PairsWith = """
        MATCH (t:Thesis {id: $id})
        OPTIONAL MATCH (t)-[pair:PAIRS_WITH]-(other:Thesis)
        OPTIONAL MATCH (holder:Person)-[:HOLDS]->(other)
        RETURN other, collect(DISTINCT holder) AS heldBy, pair.evidence AS evidence, pair.page AS page, pair.line AS line,
            pair.section AS section, pair.rule AS rule, pair.confidence AS confidence
        """;

    public const string Ping = "RETURN 1 AS ok";

    /// <summary>One statement per label so the lookup uses the label's unique index on id.</summary>
    private static readonly Dictionary<string, string> NodeByIdStatements =
        NodeCatalog.Served.ToDictionary(label => label.ToLowerInvariant(), label => $"MATCH (n:{label} {{id: $id}}) RETURN n", StringComparer.Ordinal);

    /// <summary>Every relationship of nodes with a label, either direction, with the node at the other end.</summary>
    private static readonly Dictionary<string, string> LinksStatements =
        NodeCatalog.Served.ToDictionary(label => label, label => $"UNWIND $ids AS id MATCH (n:{label} {{id: id}})-[r]-(m) RETURN id, r, m", StringComparer.Ordinal);

    /// <summary>Many nodes of one label by id, in one statement.</summary>
    private static readonly Dictionary<string, string> NodesByIdStatements =
        NodeCatalog.Served.ToDictionary(label => label, label => $"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN n", StringComparer.Ordinal);

    /// <summary>Every name and alias of a label's nodes, for near-spelling lookups.</summary>
    private static readonly Dictionary<string, string> NamesStatements =
        NodeCatalog.Served.ToDictionary(label => label, label => $"MATCH (n:{label}) RETURN n.id AS id, coalesce(n.name, n.title, n.text) AS name, n.aliases AS aliases", StringComparer.Ordinal);

    /// <summary>A source by id or title, any case.</summary>
    public const string SourceByTitle = """
        MATCH (s:Source)
        WHERE s.id = $id OR toLower(s.title) = toLower($name)
        RETURN s
        ORDER BY s.title, s.id
        LIMIT 1
        """;

    /// <summary>Every statement this class can send, for linting and for tests that run each one.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ThesisByName, PersonByName, PairsWith, Ping, SourceByTitle,
        .. NodeByIdStatements.Values, .. LinksStatements.Values, .. GraphHops.All.Select(hop => hop.Statement),
        .. NodesByIdStatements.Values, .. NamesStatements.Values,
    ];

    /// <summary>
    /// Statements composed per request (lists, top lists), one of each shape with parameters to run it: every label's list
    /// using every filter and sort key it offers, and a top list along every relationship field. For linting and for tests.
    /// </summary>
    public static IReadOnlyList<(string Statement, Dictionary<string, object?> Parameters)> Composed { get; } =
    [
        .. Labels.All.Select(label => NodeListQuery.EveryFeature(label).Compile()),
        .. GraphHops.All.Select(hop => new TopNodesQuery(hop, 3)).Select(top => (top.Statement, top.Parameters)),
    ];

    /// <summary>The nodes with these ids, in the order asked (null for an unknown id): one statement per label asked for.</summary>
    public async Task<IReadOnlyList<GraphEntity?>> NodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, GraphEntity>(StringComparer.Ordinal);
        foreach (var group in ids.Distinct(StringComparer.Ordinal).GroupBy(NodeCatalog.LabelOfId).Where(group => group.Key is not null))
        {
            var parameters = new Dictionary<string, object?> { ["ids"] = group.Cast<object?>().ToList() };
            var result = await ReadAsync(NodesByIdStatements[group.Key!], parameters, cancellationToken).ConfigureAwait(false);
            foreach (var entity in result.Rows.Select(row => GraphEntity.From(row[0])).OfType<GraphEntity>())
            {
                found[entity.Id] = entity;
            }
        }
        return ids.Select(id => found.GetValueOrDefault(id)).ToList();
    }

    /// <summary>The node of <paramref name="label"/> whose name or alias is a near spelling of <paramref name="name"/>, or null.</summary>
    public async Task<GraphEntity?> NearestAsync(string label, string name, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(NamesStatements[label], [], cancellationToken).ConfigureAwait(false);
        var candidates = result.Rows
            .Where(row => row[0] is string)
            .Select(row => ((string)row[0]!, (IReadOnlyList<string>)[
                .. row[1] is string display ? [display] : Array.Empty<string>(),
                .. row[2] is IEnumerable<object?> aliases ? aliases.OfType<string>() : []]));
        return NearSpelling.Closest(name, candidates) is { } id ? await NodeAsync(id, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>A page of nodes and the total that match.</summary>
    public async Task<NodePage> ListAsync(NodeListQuery query, CancellationToken cancellationToken)
    {
        var (statement, parameters) = query.Compile();
        var result = await ReadAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            return new NodePage([], 0, query.Skip);
        }
        var row = result.Rows[0];
        var nodes = row[1] is IEnumerable<object?> page ? page.Select(GraphEntity.From).OfType<GraphEntity>().ToList() : [];
        return new NodePage(nodes, row[0] is long total ? total : nodes.Count, query.Skip);
    }

    /// <summary>A top list: nodes and their counts, most first.</summary>
    public async Task<IReadOnlyList<NodeCount>> TopAsync(TopNodesQuery query, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(query.Statement, query.Parameters, cancellationToken).ConfigureAwait(false);
        return result.Rows
            .Select(row => (Node: GraphEntity.From(row[0]), Count: row[1] is long count ? count : 0))
            .Where(ranked => ranked.Node is not null)
            .Select(ranked => new NodeCount(ranked.Node!, ranked.Count))
            .ToList();
    }

    /// <summary>A source by id or title (any case), or null.</summary>
    public async Task<GraphEntity?> SourceAsync(string idOrTitle, CancellationToken cancellationToken)
    {
        var trimmed = idOrTitle.Trim();
        var id = NodeCatalog.LabelOfId(trimmed) == Labels.Source ? trimmed : NodeIds.For(Labels.Source, trimmed);
        var result = await ReadAsync(SourceByTitle, new() { ["id"] = id, ["name"] = trimmed }, cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(row => GraphEntity.From(row[0])).FirstOrDefault(entity => entity is not null);
    }

    /// <summary>The node with this id, or null. The id's prefix (person:, thesis:...) names its label.</summary>
    public async Task<GraphEntity?> NodeAsync(string id, CancellationToken cancellationToken)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !NodeByIdStatements.TryGetValue(id[..colon], out var statement))
        {
            return null;
        }
        var result = await ReadAsync(statement, new() { ["id"] = id }, cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(row => GraphEntity.From(row[0])).FirstOrDefault(entity => entity is not null);
    }

    /// <summary>A thesis by id, name or alias; failing those, by a near spelling of its name or an alias.</summary>
    public async Task<GraphEntity?> ThesisAsync(string name, CancellationToken cancellationToken)
    {
        // The id the text would have is an index seek; the name/alias scan runs only when it misses.
        var parameters = NameParameters(Labels.Thesis, name);
        if (await NodeAsync((string)parameters["id"]!, cancellationToken).ConfigureAwait(false) is { } byId)
        {
            return byId;
        }
        var result = await ReadAsync(ThesisByName, parameters, cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(row => GraphEntity.From(row[0])).FirstOrDefault(entity => entity is not null)
            ?? await NearestAsync(Labels.Thesis, name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The best match with its rank (0 name, 1 alias, 2 last name), and every match of that rank.</summary>
    public async Task<IReadOnlyList<(GraphEntity Person, long Rank)>> PeopleAsync(string name, CancellationToken cancellationToken)
    {
        var parameters = NameParameters(Labels.Person, name);
        if (await NodeAsync((string)parameters["id"]!, cancellationToken).ConfigureAwait(false) is { } byId)
        {
            return [(byId, 0)];
        }
        var result = await ReadAsync(PersonByName, parameters, cancellationToken).ConfigureAwait(false);
        return result.Rows
            .Select(row => (Person: GraphEntity.From(row[0]), Rank: row[1] is long rank ? rank : long.MaxValue))
            .Where(match => match.Person is not null)
            .Select(match => (match.Person!, match.Rank))
            .ToList();
    }

    public async Task<IReadOnlyList<ThesisPairing>> PairsWithAsync(string thesis, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, object?> { ["id"] = NameParameters(Labels.Thesis, thesis)["id"] };
        var result = await ReadAsync(PairsWith, byId, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0 && await ThesisAsync(thesis, cancellationToken).ConfigureAwait(false) is { } found)
        {
            // Asked by alias or a near spelling: found by name, then paired by its id.
            result = await ReadAsync(PairsWith, new() { ["id"] = found.Id }, cancellationToken).ConfigureAwait(false);
        }
        // One answer per paired thesis: the pairing stated on several pages (or twice on one) is one fact, each statement its evidence.
        var byThesis = new Dictionary<string, (GraphEntity Thesis, IReadOnlyList<GraphEntity> HeldBy, List<FactEvidence> Evidence)>(StringComparer.Ordinal);
        foreach (var row in result.Records())
        {
            if (GraphEntity.From(row["other"]) is not { } other)
            {
                continue;
            }
            if (!byThesis.TryGetValue(other.Id, out var pairing))
            {
                var heldBy = row["heldBy"] is IEnumerable<object?> holders ? holders.Select(GraphEntity.From).OfType<GraphEntity>() : [];
                byThesis[other.Id] = pairing = (other, GraphEntity.Sorted(heldBy), []);
            }
            pairing.Evidence.Add(new FactEvidence(row["evidence"] as string, row["page"] as string, row["line"] as long?, row["section"] as string,
                row["rule"] as string, ProvenanceValues.Confidence(row["confidence"])));
        }
        return byThesis.Values
            .Select(pairing => new ThesisPairing(pairing.Thesis, pairing.HeldBy,
                [.. pairing.Evidence.OrderBy(e => e.Page, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Sentence, StringComparer.Ordinal)]))
            .OrderBy(pairing => pairing.Thesis.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(pairing => pairing.Thesis.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The far ends of <paramref name="hop"/> for each starting id, each list sorted; ids with none are absent.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphEntity>>> HopAsync(GraphHop hop, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["ids"] = ids.Cast<object?>().ToList() };
        var result = await ReadAsync(hop.Statement, parameters, cancellationToken).ConfigureAwait(false);
        // One entity per node: the statement returns the same far end for many starting ids.
        var entities = new Dictionary<CypherNode, GraphEntity?>(ReferenceEqualityComparer.Instance);
        var ends = new Dictionary<string, IReadOnlyList<GraphEntity>>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            if (row[0] is not string from || row[1] is not CypherNode node)
            {
                continue;
            }
            if (!entities.TryGetValue(node, out var to))
            {
                entities[node] = to = GraphEntity.From(node);
            }
            if (to is null)
            {
                continue;
            }
            if (!ends.TryGetValue(from, out var list))
            {
                ends[from] = list = new List<GraphEntity>();
            }
            ((List<GraphEntity>)list).Add(to);
        }
        foreach (var list in ends.Values)
        {
            GraphEntity.SortInPlace((List<GraphEntity>)list);
        }
        return ends;
    }

    /// <summary>Every relationship of each node (of <paramref name="label"/>) with its provenance, ordered by page and line.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphLink>>> LinksAsync(string label, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["ids"] = ids.Cast<object?>().ToList() };
        var result = await ReadAsync(LinksStatements[label], parameters, cancellationToken).ConfigureAwait(false);
        var links = new List<(string From, GraphLink Link)>();
        foreach (var row in result.Rows)
        {
            if (row[0] is string from && row[1] is CypherRelationship relationship && row[2] is CypherNode node && GraphEntity.From(node) is { } other)
            {
                // The far end is m, so the relationship points away from n exactly when it ends at m.
                var outgoing = relationship.EndElementId == node.ElementId;
                links.Add((from, new GraphLink(relationship.ElementId, relationship.Type, outgoing, other, relationship.Properties)));
            }
        }
        return links
            .GroupBy(pair => pair.From, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlyList<GraphLink>)group.Select(pair => pair.Link)
                    .OrderBy(link => link.Text("page"), StringComparer.Ordinal)
                    .ThenBy(link => link.Line)
                    .ThenBy(link => link.Type, StringComparer.Ordinal)
                    .ThenBy(link => link.Other.Id, StringComparer.Ordinal)
                    .ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>True when the store answers a trivial statement.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        var result = await ReadAsync(Ping, [], cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 1 && result.Rows[0][0] is 1L;
    }

    /// <summary>The text as asked, and the id it would have as a node of that label (so "Taste is the bottleneck." finds thesis:taste-is-the-bottleneck).</summary>
    private static Dictionary<string, object?> NameParameters(string label, string name)
    {
        var trimmed = name.Trim();
        return new() { ["name"] = trimmed, ["id"] = NodeIds.For(label, trimmed) };
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
