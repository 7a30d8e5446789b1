using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Operators;

namespace Graph.Cypher.Planning;

/// <summary>
/// COLLECT { MATCH ... RETURN item ... }: a nested plan over the outer row, planned as a RETURN is (project, DISTINCT,
/// ORDER BY, SKIP, LIMIT), whose one column's values become the list.
/// </summary>
internal sealed partial class ExpressionCompiler
{
    private Evaluator CompileCollect(CollectSubquery collect, SlotScope scope)
    {
        var (plan, inner) = planner.PlanPatternSubquery(collect.Patterns, collect.Where, scope);
        var item = collect.Item;
        var slot = planner.NewSlot();
        plan = new Project(plan, [(slot, Compile(item.Expression, inner), item.ColumnName)]);
        var projected = (item.ColumnName, slot, VariableKinds.Of(item.Expression, inner));
        if (collect.Distinct)
        {
            plan = new Distinct(plan, [slot], item.ColumnName);
        }
        if (collect.OrderBy.Count > 0)
        {
            // As in RETURN: after DISTINCT only the returned column is in scope; otherwise the match's variables too.
            var orderScope = collect.Distinct ? SlotScope.Empty.WithAll([projected]) : inner.WithAll([projected]);
            var keys = collect.OrderBy.Select(sort => (Compile(sort.Expression, orderScope), sort.Descending)).ToList();
            plan = new Sort(plan, keys, string.Join(", ", collect.OrderBy.Select(sort => ExpressionText.Of(sort.Expression) + (sort.Descending ? " DESC" : ""))));
        }
        if (collect.Skip is not null)
        {
            plan = new SkipLimit(plan, false, Compile(collect.Skip, scope), ExpressionText.Of(collect.Skip), collect.Skip.Position);
        }
        if (collect.Limit is not null)
        {
            plan = new SkipLimit(plan, true, Compile(collect.Limit, scope), ExpressionText.Of(collect.Limit), collect.Limit.Position);
        }
        return (row, context) =>
        {
            var values = new List<object?>();
            foreach (var match in plan.Run(context, row))
            {
                values.Add(match[slot]);
            }
            return values;
        };
    }
}
