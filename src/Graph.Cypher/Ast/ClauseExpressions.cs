namespace Graph.Cypher.Ast;

/// <summary>
/// The expressions a clause evaluates (not those of its patterns' property maps), each marked when it is a WHERE:
/// what the semantic rules check, and where a COLLECT body's variables are read from.
/// </summary>
internal static class ClauseExpressions
{
    public static IEnumerable<(Expression Expression, bool IsWhere)> Of(Clause clause)
    {
        switch (clause)
        {
            case MatchClause match:
                if (match.Where is not null)
                {
                    yield return (match.Where, true);
                }
                break;
            case UnwindClause unwind:
                yield return (unwind.Source, false);
                break;
            case LoadCsvClause load:
                yield return (load.Url, false);
                break;
            case ProjectionClause projection:
                foreach (var item in projection.Projection.Items)
                {
                    yield return (item.Expression, false);
                }
                foreach (var sort in projection.Projection.OrderBy)
                {
                    yield return (sort.Expression, false);
                }
                if (projection.Where is not null)
                {
                    yield return (projection.Where, true);
                }
                break;
            case SetClause set:
                foreach (var item in set.Items)
                {
                    switch (item)
                    {
                        case SetProperty { Value: { } value }:
                            yield return (value, false);
                            break;
                        case SetAllProperties all:
                            yield return (all.Value, false);
                            break;
                    }
                }
                break;
            case CallClause call:
                foreach (var argument in call.Arguments ?? [])
                {
                    yield return (argument, false);
                }
                if (call.Where is not null)
                {
                    yield return (call.Where, true);
                }
                break;
            case DeleteClause delete:
                foreach (var target in delete.Targets)
                {
                    yield return (target, false);
                }
                break;
        }
    }
}
