using Graph.Core.Cypher;

namespace Graph.Import.Writing;

/// <summary>
/// The nodes, by label, that an earlier import of a page linked with its relationships: a page's transaction finds
/// the relationships to delete through them (an index seek per id instead of a scan of every relationship), and
/// they are the only nodes that deleting those relationships can leave orphaned.
/// </summary>
internal sealed class PageNodes
{
    private readonly Dictionary<string, HashSet<string>> _idsByLabel = new(StringComparer.Ordinal);

    public static PageNodes None { get; } = new();

    public bool IsEmpty => _idsByLabel.Count == 0;

    /// <summary>Labels in ordinal order, each with its ids in ordinal order (statements in a stable order).</summary>
    public IEnumerable<(string Label, List<object?> Ids)> ByLabel() =>
        _idsByLabel.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => (pair.Key, pair.Value.Order(StringComparer.Ordinal).Cast<object?>().ToList()));

    /// <summary>
    /// Reads, in one statement, the ends of every relationship the given pages wrote (one pass over the graph for
    /// a whole import, however many pages changed). Nodes the importer did not make (no id, or a label that is not
    /// a plain identifier) are left out: they are never the importer's to delete.
    /// </summary>
    public static async Task<Dictionary<string, PageNodes>> ReadAsync(ICypherSession session, IReadOnlyCollection<string> pages, CancellationToken cancellationToken)
    {
        var byPage = new Dictionary<string, PageNodes>(StringComparer.Ordinal);
        if (pages.Count == 0)
        {
            return byPage;
        }
        var parameters = new Dictionary<string, object?> { ["pages"] = pages.Cast<object?>().ToList() };
        var result = await session.RunAsync(GraphWriter.ReadPageRelationshipEnds, parameters, CypherAccessMode.Read, cancellationToken).ConfigureAwait(false);
        foreach (var row in result.Rows)
        {
            if (row[0] is not string page)
            {
                continue;
            }
            if (!byPage.TryGetValue(page, out var nodes))
            {
                byPage[page] = nodes = new PageNodes();
            }
            nodes.Add(row[1], row[2]);
            nodes.Add(row[3], row[4]);
        }
        return byPage;
    }

    public void Add(object? label, object? id)
    {
        if (label is string name && id is string value && GraphWriter.IsPlainIdentifier(name))
        {
            if (!_idsByLabel.TryGetValue(name, out var ids))
            {
                _idsByLabel[name] = ids = new HashSet<string>(StringComparer.Ordinal);
            }
            ids.Add(value);
        }
    }
}
