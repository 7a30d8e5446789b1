using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Operators;

namespace Graph.Cypher.Planning;

/// <summary>
/// Index-provided order (Neo4j's term): <c>MATCH (n) WHERE … toLower(n.p) CONTAINS $term RETURN n.p AS p ORDER BY p
/// LIMIT k</c> asks its text scan for the matches ordered by n.p, so the Top stops after about k of them instead of
/// projecting every match and taking it through its heap (a common term matched 15,000 names to return 20).
/// </summary>
/// <remarks>
/// Stopping early must change nothing but the time: the rows not read are only ever scanned, projected and keyed, so
/// the projection must be plain (no aggregation, no DISTINCT) right above the scan, and it and every sort key made of
/// what cannot fail (variables, properties of variables, literals, parameters). The scan must run once, over the single
/// argument row, since its order holds per input row. Ties keep their place: the scan yields equal values in id order,
/// as the stable Top of the id-ordered scan leaves them, and the Top still reads every tie of its last first key.
/// </remarks>
internal static class ProvidedOrder
{
    /// <summary>Orders the scan and tells the Top when the shape allows it; else leaves both as planned.</summary>
    public static void Apply(Operator beneath, Sort sort, Projection projection, IReadOnlyList<ProjectionItem> items, SlotScope scope)
    {
        if (beneath is not NodeByLabelTextScan { Input: Argument } scan || projection.Limit is null || projection.OrderBy.Count == 0
            || !items.All(item => CannotFail(item.Expression))
            || !projection.OrderBy.All(sort => CannotFail(sort.Expression) || RepeatedItem(sort.Expression, items) is not null)
            || !ReadsScannedProperty(projection.OrderBy[0].Expression, items, scope, scan))
        {
            return;
        }
        scan.ProvideOrder(projection.OrderBy[0].Descending ? TextScanOrder.Descending : TextScanOrder.Ascending);
        sort.OrderedInput = true;
    }

    private static bool CannotFail(Expression expression) =>
        expression is Variable or Literal or Parameter or PropertyAccess { Target: Variable };

    /// <summary>
    /// Whether the key, resolved as ProjectionPlanner.SortKey resolves it, reads the scanned property of the scanned
    /// node: an alias or a repeated item is the item's expression over the earlier names; anything else is evaluated
    /// over the projection's names, which hide earlier ones (so <c>RETURN m AS n ORDER BY n.p</c> is m's).
    /// </summary>
    private static bool ReadsScannedProperty(Expression key, IReadOnlyList<ProjectionItem> items, SlotScope scope, NodeByLabelTextScan scan)
    {
        var aliased = key is Variable alias ? items.FirstOrDefault(item => item.ColumnName == alias.Name) : null;
        var item = aliased ?? RepeatedItem(key, items);
        if ((item?.Expression ?? key) is not PropertyAccess { Target: Variable { Name: var name }, Key: var property } || property != scan.Property)
        {
            return false;
        }
        if (item is null && items.LastOrDefault(projected => projected.ColumnName == name) is { } hiding)
        {
            if (hiding.Expression is not Variable passed)
            {
                return false;
            }
            name = passed.Name;
        }
        return scope.TryGet(name, out var slot) && slot == scan.Slot;
    }

    private static ProjectionItem? RepeatedItem(Expression key, IReadOnlyList<ProjectionItem> items)
    {
        var text = ExpressionText.Of(key);
        return items.FirstOrDefault(item => ExpressionText.Of(item.Expression) == text);
    }
}
