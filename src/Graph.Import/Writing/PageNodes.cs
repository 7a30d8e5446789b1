using Graph.Core.Cypher;
using Graph.Core.Model;

namespace Graph.Import.Writing;

/// <summary>
/// The nodes, by label, that an earlier import of a page linked with its relationships: a page's transaction finds
/// the relationships to delete through them (an index seek per id instead of a scan of every relationship), and
/// they are the only nodes that deleting those relationships can leave orphaned.
/// </summary>
internal sealed class PageNodes
{
    private readonly Dictionary<(string Label, string? Type, bool Outgoing), HashSet<string>> _through = [];
    private readonly Dictionary<string, HashSet<string>> _ends = new(StringComparer.Ordinal);

    public static PageNodes None { get; } = new();

    /// <summary>
    /// For each relationship, the end with fewer relationships (a Source or a Quote rather than a much-cited Thesis),
    /// grouped by its label, the relationship's type and whether it leaves that end: deleting through them visits
    /// only that type and side of the fewest relationships. A null type (not a plain identifier) means any, either side.
    /// </summary>
    public IEnumerable<(string Label, string? Type, bool Outgoing, List<object?> Ids)> Through() =>
        _through.OrderBy(pair => pair.Key.Label, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Type, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Outgoing)
            .Select(pair => (pair.Key.Label, pair.Key.Type, pair.Key.Outgoing, pair.Value.Order(StringComparer.Ordinal).Cast<object?>().ToList()));

    /// <summary>Both ends of every relationship, and <paramref name="source"/> (the page's released Source), by label: the nodes to check for orphans.</summary>
    public IEnumerable<(string Label, List<object?> Ids)> EndsAnd(string? source)
    {
        var ends = _ends.ToDictionary(pair => pair.Key, pair => new HashSet<string>(pair.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        if (source is not null)
        {
            Add(ends, (Labels.Source, source));
        }
        return Sorted(ends);
    }

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
            var from = Usable(row[1], row[2]);
            var to = Usable(row[3], row[4]);
            var type = row[6] is string name && GraphWriter.IsPlainIdentifier(name) ? name : null;
            var outgoing = from is not null && (row[5] is not false || to is null);
            if ((outgoing ? from : to) is { } through)
            {
                var key = (through.Label, type, outgoing);
                if (!nodes._through.TryGetValue(key, out var ids))
                {
                    nodes._through[key] = ids = new HashSet<string>(StringComparer.Ordinal);
                }
                ids.Add(through.Id);
            }
            foreach (var end in new[] { from, to })
            {
                if (end is { } node)
                {
                    Add(nodes._ends, node);
                }
            }
        }
        return byPage;
    }

    /// <summary>A node the importer made, and so may delete: it has an id and a plain label.</summary>
    private static (string Label, string Id)? Usable(object? label, object? id) =>
        label is string name && id is string value && GraphWriter.IsPlainIdentifier(name) ? (name, value) : null;

    private static void Add(Dictionary<string, HashSet<string>> byLabel, (string Label, string Id) node)
    {
        if (!byLabel.TryGetValue(node.Label, out var ids))
        {
            byLabel[node.Label] = ids = new HashSet<string>(StringComparer.Ordinal);
        }
        ids.Add(node.Id);
    }

    private static IEnumerable<(string Label, List<object?> Ids)> Sorted(Dictionary<string, HashSet<string>> byLabel) =>
        byLabel.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => (pair.Key, pair.Value.Order(StringComparer.Ordinal).Cast<object?>().ToList()));
}
