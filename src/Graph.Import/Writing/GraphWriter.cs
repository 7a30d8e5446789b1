using System.Text.RegularExpressions;
using Graph.Core.Cypher;
using Graph.Core.Model;

namespace Graph.Import.Writing;

/// <summary>
/// Writes one page's facts as parameterized Cypher inside the caller's transaction: delete the page's old
/// relationships, MERGE nodes on id (one UNWIND per label), CREATE relationships (one UNWIND per type and
/// end labels) with their provenance, then delete the nodes that lost their last relationship with the old ones.
/// Labels and types are literal in the text (Cypher cannot parameterize them), so they are checked to be plain
/// identifiers.
/// </summary>
internal static partial class GraphWriter
{
    /// <summary>Read once per import for every page about to be replaced or removed (see <see cref="PageNodes"/>).</summary>
    public const string ReadPageRelationshipEnds =
        "MATCH (a)-[r]->(b) WHERE r.page IN $pages RETURN r.page AS page, head(labels(a)) AS fromLabel, a.id AS fromId, " +
        "head(labels(b)) AS toLabel, b.id AS toId, COUNT { (a)--() } <= COUNT { (b)--() } AS throughFrom, type(r) AS type";

    /// <summary>
    /// Once the page's relationships (its DESCRIBES among them) are deleted, a Source no page describes any more keeps only
    /// what other pages can say of it (id, title): what the page said of it (file, kind, summary...) goes with the page, and
    /// the MERGE below says it again. A Source another page still describes keeps what its owner said
    /// (<see cref="SourceOwners"/>; the owner resets it with <see cref="ClaimSource"/> when it is written).
    /// </summary>
    public const string ReleasePageSource =
        "MATCH (s:Source {id: $source}) WHERE NOT EXISTS { (:Page)-[:DESCRIBES]->(s) } SET s = {id: s.id, title: s.title}";

    /// <summary>
    /// What the graph remembers of every imported page, from its Page node and the Source it describes; and, from a graph
    /// an older build wrote (the page's bookkeeping on its Source), the page with no key, so it is imported again over
    /// its old facts.
    /// </summary>
    public const string ReadPages =
        "MATCH (p:Page) OPTIONAL MATCH (p)-[:DESCRIBES]->(s:Source) RETURN p.path AS page, s.id AS id, p.importKey AS importKey, p.title AS title, p.aliases AS aliases " +
        "UNION ALL MATCH (s:Source) WHERE s.importKey IS NOT NULL RETURN s.page AS page, s.id AS id, null AS importKey, s.title AS title, s.aliases AS aliases";

    /// <summary>
    /// The page that says what its Source is starts from the Source's id and title, whichever page said what it was
    /// before (another page of the same title that was removed or renamed), so the Source holds exactly this page's word.
    /// </summary>
    public const string ClaimSource = "MATCH (s:Source {id: $source}) SET s = {id: s.id, title: s.title}";

    /// <summary>The page's own node keeps only its id until the import writes it again (or, removed, it is orphaned and goes).</summary>
    public const string ReleasePage = "MATCH (p:Page {id: $id}) SET p = {id: p.id}";

    /// <summary>
    /// The page's relationships of one type leaving (or entering) nodes of one label; with no type, any relationship
    /// at those nodes (DISTINCT: one between two of them is met from both ends).
    /// </summary>
    public static string DeletePageRelationships(string label, string? type, bool outgoing) => type is null
        ? $"UNWIND $ids AS id MATCH (n:{Identifier(label)} {{id: id}})-[r {{page: $page}}]-() WITH DISTINCT r DELETE r"
        : outgoing
            ? $"UNWIND $ids AS id MATCH (n:{Identifier(label)} {{id: id}})-[r:{Identifier(type)} {{page: $page}}]->() DELETE r"
            : $"UNWIND $ids AS id MATCH (n:{Identifier(label)} {{id: id}})<-[r:{Identifier(type)} {{page: $page}}]-() DELETE r";

    /// <summary>Of the given nodes of one label, those no page links any more (a page's Source keeps its DESCRIBES while the page exists).</summary>
    public static string DeleteOrphans(string label) =>
        $"UNWIND $ids AS id MATCH (n:{Identifier(label)} {{id: id}}) WHERE NOT EXISTS {{ (n)--() }} DELETE n";

    /// <param name="statements">The page's <see cref="Statements"/>, built beforehand (off the writer's thread).</param>
    /// <param name="ownedSource">The page's Source when the page says what it is (<see cref="SourceOwners"/>), else null.</param>
    /// <param name="previous">
    /// What an earlier import of this page left: its Source's id and the nodes its relationships touch; null when the
    /// page was never imported, so there is nothing to delete or release and no node can be orphaned.
    /// </param>
    public static async Task WritePageAsync(
        ICypherTransaction transaction,
        string pagePath,
        IReadOnlyList<(string Query, List<object?> Rows)> statements,
        (string? SourceId, PageNodes Nodes)? previous,
        string? ownedSource,
        CancellationToken cancellationToken)
    {
        if (previous is { } earlier)
        {
            await ReleaseAsync(transaction, pagePath, earlier.SourceId, earlier.Nodes, cancellationToken).ConfigureAwait(false);
        }
        if (ownedSource is not null)
        {
            var parameters = new Dictionary<string, object?> { ["source"] = ownedSource, ["page"] = pagePath };
            await transaction.RunAsync(ClaimSource, parameters, cancellationToken).ConfigureAwait(false);
        }
        foreach (var (query, rows) in statements)
        {
            // $page is unused by the text: it names the page each statement writes for, in logs and on the wire.
            var parameters = new Dictionary<string, object?> { ["rows"] = rows, ["page"] = pagePath };
            await transaction.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
        }
        if (previous is { } orphans)
        {
            await DeleteOrphansAsync(transaction, orphans.SourceId, orphans.Nodes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Removes everything a page that no longer exists contributed.</summary>
    public static async Task RemovePageAsync(ICypherTransaction transaction, string pagePath, string? sourceId, PageNodes nodes, CancellationToken cancellationToken)
    {
        await ReleaseAsync(transaction, pagePath, sourceId, nodes, cancellationToken).ConfigureAwait(false);
        await DeleteOrphansAsync(transaction, sourceId, nodes, cancellationToken).ConfigureAwait(false);
    }

    public static bool IsPlainIdentifier(string name) => PlainIdentifier().IsMatch(name);

    private static async Task ReleaseAsync(ICypherTransaction transaction, string pagePath, string? sourceId, PageNodes nodes, CancellationToken cancellationToken)
    {
        foreach (var (label, type, outgoing, ids) in nodes.Through())
        {
            var parameters = new Dictionary<string, object?> { ["ids"] = ids, ["page"] = pagePath };
            await transaction.RunAsync(DeletePageRelationships(label, type, outgoing), parameters, cancellationToken).ConfigureAwait(false);
        }
        if (sourceId is not null)
        {
            var parameters = new Dictionary<string, object?> { ["source"] = sourceId, ["page"] = pagePath };
            await transaction.RunAsync(ReleasePageSource, parameters, cancellationToken).ConfigureAwait(false);
        }
        var page = new Dictionary<string, object?> { ["id"] = Extraction.Extractor.PageNodeId(pagePath), ["page"] = pagePath };
        await transaction.RunAsync(ReleasePage, page, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The released Source counts too: when the page's title changed, nothing claims the old one any more.</summary>
    private static async Task DeleteOrphansAsync(ICypherTransaction transaction, string? sourceId, PageNodes nodes, CancellationToken cancellationToken)
    {
        foreach (var (label, ids) in nodes.EndsAnd(sourceId))
        {
            await transaction.RunAsync(DeleteOrphans(label), new Dictionary<string, object?> { ["ids"] = ids }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The node and relationship statements with their rows, in a deterministic order.</summary>
    public static IEnumerable<(string Query, List<object?> Rows)> Statements(PageFacts facts)
    {
        foreach (var group in facts.Nodes.GroupBy(n => n.Label).OrderBy(g => LabelOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = group.Select(n => (object?)new Dictionary<string, object?>
            {
                ["id"] = n.Id,
                ["props"] = Values(n.Properties),
            }).ToList();
            yield return ($"UNWIND $rows AS row MERGE (n:{Identifier(group.Key)} {{id: row.id}}) SET n += row.props", rows);
        }
        var relationshipGroups = facts.Relationships
            .GroupBy(r => (r.Type, r.FromLabel, r.ToLabel))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal)
            .ThenBy(g => g.Key.FromLabel, StringComparer.Ordinal)
            .ThenBy(g => g.Key.ToLabel, StringComparer.Ordinal);
        foreach (var group in relationshipGroups)
        {
            var rows = group.Select(r => (object?)new Dictionary<string, object?>
            {
                ["from"] = r.FromId,
                ["to"] = r.ToId,
                ["props"] = RelationshipProperties(r),
            }).ToList();
            var (type, from, to) = group.Key;
            yield return (
                $"UNWIND $rows AS row MATCH (a:{Identifier(from)} {{id: row.from}}) MATCH (b:{Identifier(to)} {{id: row.to}}) " +
                $"CREATE (a)-[r:{Identifier(type)}]->(b) SET r = row.props",
                rows);
        }
    }

    private static Dictionary<string, object?> RelationshipProperties(RelationshipFact relationship)
    {
        var props = Values(relationship.Properties, extra: 4);
        props["page"] = relationship.Provenance.Page;
        props["section"] = relationship.Provenance.Section;
        props["line"] = (long)relationship.Provenance.Line;
        props["evidence"] = relationship.Provenance.Evidence;
        return props;
    }

    // Cypher values only: integers as long, lists as List<object?>, dates as CypherTemporal (a parameter both backends
    // store typed), nulls dropped (a null would remove the property).
    private static Dictionary<string, object?> Values(IReadOnlyDictionary<string, object?> properties, int extra = 0)
    {
        var values = new Dictionary<string, object?>(properties.Count + extra, StringComparer.Ordinal);
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (value is not null)
            {
                values[key] = Value(value);
            }
        }
        return values;
    }

    private static object Value(object value) => value switch
    {
        int i => (long)i,
        string or long or double or bool or CypherTemporal => value,
        IEnumerable<object?> list => list.Select(v => v is null ? null : Value(v)).ToList(),
        _ => throw new ArgumentException($"Property value of type {value.GetType().Name} is not a Cypher value."),
    };

    private static int LabelOrder(string label)
    {
        var index = Labels.All.ToList().IndexOf(label);
        return index < 0 ? int.MaxValue : index;
    }

    private static string Identifier(string name) => PlainIdentifier().IsMatch(name)
        ? name
        : throw new ArgumentException($"'{name}' is not a plain label or relationship type.");

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex PlainIdentifier();
}
