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
    /// <summary>
    /// The page's old relationships go (the inline map lets the embedded engine test each stored relationship before
    /// making a row). Their ends come back as (label, id): the only nodes this can leave without a relationship.
    /// </summary>
    public const string DeletePageRelationships =
        "MATCH (a)-[r {page: $page}]->(b) DELETE r WITH collect(a) + collect(b) AS ends UNWIND ends AS n RETURN DISTINCT head(labels(n)) AS label, n.id AS id";

    /// <summary>
    /// The page's Source stops claiming the page and keeps only what other pages can say of it (id, title): what
    /// the page said of it (file, kind, summary...) goes with the page. The MERGE below claims it again; if the page
    /// now has another title, the old Source may be left without relationships, so it is returned too.
    /// </summary>
    public const string ReleasePageSource =
        "MATCH (s:Source) WHERE s.page = $page SET s = {id: s.id, title: s.title} RETURN 'Source' AS label, s.id AS id";

    public const string ReadPages =
        "MATCH (s:Source) WHERE s.page IS NOT NULL RETURN s.page AS page, s.importKey AS importKey, s.title AS title, s.aliases AS aliases";

    /// <summary>Of the given nodes of one label, those no page links any more; a page's own Source (it has <c>page</c>) stays, so the page stays known.</summary>
    public static string DeleteOrphans(string label) =>
        $"UNWIND $ids AS id MATCH (n:{Identifier(label)} {{id: id}}) WHERE NOT EXISTS {{ (n)--() }} AND n.page IS NULL DELETE n";

    /// <param name="statements">The page's <see cref="Statements"/>, built beforehand (off the writer's thread).</param>
    /// <param name="replacing">
    /// The graph holds an earlier import of this page. When it does not, the page owns nothing yet, so there is
    /// nothing to delete or release and no node can be orphaned.
    /// </param>
    public static async Task WritePageAsync(
        ICypherTransaction transaction,
        string pagePath,
        IReadOnlyList<(string Query, List<object?> Rows)> statements,
        bool replacing,
        CancellationToken cancellationToken)
    {
        var released = replacing ? await ReleaseAsync(transaction, pagePath, cancellationToken).ConfigureAwait(false) : [];
        foreach (var (query, rows) in statements)
        {
            // $page is unused by the text: it names the page each statement writes for, in logs and on the wire.
            var parameters = new Dictionary<string, object?> { ["rows"] = rows, ["page"] = pagePath };
            await transaction.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
        }
        await DeleteOrphansAsync(transaction, released, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes everything a page that no longer exists contributed.</summary>
    public static async Task RemovePageAsync(ICypherTransaction transaction, string pagePath, CancellationToken cancellationToken)
    {
        var released = await ReleaseAsync(transaction, pagePath, cancellationToken).ConfigureAwait(false);
        await DeleteOrphansAsync(transaction, released, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the page's relationships and releases its Source; returns the nodes that may now be orphans, by label.</summary>
    private static async Task<Dictionary<string, List<object?>>> ReleaseAsync(ICypherTransaction transaction, string pagePath, CancellationToken cancellationToken)
    {
        var page = new Dictionary<string, object?> { ["page"] = pagePath };
        var candidates = new Dictionary<string, List<object?>>(StringComparer.Ordinal);
        foreach (var statement in new[] { DeletePageRelationships, ReleasePageSource })
        {
            var result = await transaction.RunAsync(statement, page, cancellationToken).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                // Nodes the importer did not make (no id, or a label that is not an identifier) are never its to delete.
                if (row[0] is string label && row[1] is string id && PlainIdentifier().IsMatch(label))
                {
                    if (!candidates.TryGetValue(label, out var ids))
                    {
                        candidates[label] = ids = [];
                    }
                    ids.Add(id);
                }
            }
        }
        return candidates;
    }

    private static async Task DeleteOrphansAsync(ICypherTransaction transaction, Dictionary<string, List<object?>> candidates, CancellationToken cancellationToken)
    {
        foreach (var (label, ids) in candidates.OrderBy(pair => pair.Key, StringComparer.Ordinal))
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

    // Cypher values only: integers as long, lists as List<object?>, nulls dropped (a null would remove the property).
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
        string or long or double or bool => value,
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
