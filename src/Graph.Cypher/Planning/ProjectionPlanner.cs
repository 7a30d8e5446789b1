using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Operators;

namespace Graph.Cypher.Planning;

/// <summary>
/// WITH and RETURN: projection (or aggregation when an item aggregates), DISTINCT, ORDER BY, SKIP, LIMIT,
/// then WITH's WHERE. Afterwards only the projected names are in scope.
/// </summary>
internal sealed class ProjectionPlanner(QueryPlanner planner)
{
    public Operator Plan(Operator plan, ProjectionClause clause, ref SlotScope scope, out IReadOnlyList<(string Name, int Slot)> columns)
    {
        var projection = clause.Projection;
        var current = scope;
        var items = new List<ProjectionItem>();
        if (projection.Star)
        {
            var names = scope.VisibleNames.ToList();
            if (names.Count == 0)
            {
                throw RuntimeErrors.Semantic($"{clause.Name} * is not allowed when there are no variables in scope", clause.Position);
            }
            items.AddRange(names.Select(name => new ProjectionItem(new Variable(clause.Position, name), name, name)));
        }
        items.AddRange(projection.Items);
        var slots = items.Select(_ => planner.NewSlot()).ToArray();
        var aggregating = items.Any(item => ExpressionTree.ContainsAggregate(item.Expression));
        plan = aggregating ? PlanAggregation(plan, items, slots, scope) : new Project(plan, items.Select((item, i) =>
            (slots[i], planner.Expressions.Compile(item.Expression, current), item.ColumnName)).ToList());
        var output = items.Select((item, i) => (item.ColumnName, slots[i])).ToList();
        columns = output;
        var kinds = items.Select((item, i) => (item.ColumnName, slots[i], VariableKinds.Of(item.Expression, current))).ToList();
        var projected = SlotScope.Empty.WithAll(kinds);
        if (projection.Distinct)
        {
            plan = new Distinct(plan, slots, string.Join(", ", output.Select(column => column.ColumnName)));
        }
        // ORDER BY and WITH's WHERE also see the variables from before the projection (aliases win).
        var overlay = scope.WithAll(kinds);
        if (projection.OrderBy.Count > 0)
        {
            var orderScope = overlay;
            var keys = projection.OrderBy.Select(sort => (SortKey(sort.Expression, items, slots, orderScope), sort.Descending)).ToList();
            plan = new Sort(plan, keys, string.Join(", ", projection.OrderBy.Select(sort => ExpressionText.Of(sort.Expression) + (sort.Descending ? " DESC" : ""))));
        }
        if (projection.Skip is not null)
        {
            plan = new SkipLimit(plan, false, planner.Expressions.Compile(projection.Skip, SlotScope.Empty), ExpressionText.Of(projection.Skip), projection.Skip.Position);
        }
        if (projection.Limit is not null)
        {
            plan = new SkipLimit(plan, true, planner.Expressions.Compile(projection.Limit, SlotScope.Empty), ExpressionText.Of(projection.Limit), projection.Limit.Position);
        }
        if (clause.Where is not null)
        {
            plan = new Filter(plan, planner.Expressions.Compile(clause.Where, overlay), ExpressionText.Of(clause.Where));
        }
        scope = projected;
        return plan;
    }

    private Operator PlanAggregation(Operator plan, List<ProjectionItem> items, int[] slots, SlotScope scope)
    {
        var keys = new List<(int Slot, Evaluator Value, string Name)>();
        var aggregates = new List<AggregateSpec>();
        var computed = new List<(int Slot, Evaluator Value, string Name)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!ExpressionTree.ContainsAggregate(item.Expression))
            {
                keys.Add((slots[i], planner.Expressions.Compile(item.Expression, scope), item.ColumnName));
                continue;
            }
            var rewritten = ExpressionTree.ReplaceAggregates(item.Expression, call => Aggregate(call, scope, aggregates));
            computed.Add((slots[i], planner.Expressions.Compile(rewritten, scope), item.ColumnName));
        }
        plan = new Aggregate(plan, keys, aggregates);
        return new Project(plan, computed);
    }

    private SlotReference Aggregate(FunctionCall call, SlotScope scope, List<AggregateSpec> aggregates)
    {
        var text = ExpressionText.Of(call);
        if (!call.Star && call.Arguments.Count != 1)
        {
            if (call.LowerName is "percentilecont" or "percentiledisc")
            {
                throw RuntimeErrors.Unsupported($"The aggregating function {call.Name}()", call.Position);
            }
            throw new Graph.Core.Cypher.CypherException(Graph.Core.Cypher.CypherErrorCodes.SyntaxError,
                $"Function '{call.Name}' takes exactly one argument, got {call.Arguments.Count}", call.Position.Line, call.Position.Column, call.Position.Offset);
        }
        if (call.Arguments.Count == 1 && ExpressionTree.ContainsAggregate(call.Arguments[0]))
        {
            throw RuntimeErrors.Semantic("Can't use aggregate functions inside of aggregate functions.", call.Arguments[0].Position);
        }
        var argument = call.Star ? null : planner.Expressions.Compile(call.Arguments[0], scope);
        var slot = planner.NewSlot();
        aggregates.Add(new AggregateSpec(slot, Aggregator.Factory(call.Name, call.Position), argument, call.Distinct, text));
        return new SlotReference(call.Position, slot, text);
    }

    /// <summary>An ORDER BY item that repeats a projected expression reads its slot (so ORDER BY count(*) works).</summary>
    private Evaluator SortKey(Expression expression, List<ProjectionItem> items, int[] slots, SlotScope scope)
    {
        var text = ExpressionText.Of(expression);
        for (var i = 0; i < items.Count; i++)
        {
            if (ExpressionText.Of(items[i].Expression) == text)
            {
                var slot = slots[i];
                return (row, _) => row[slot];
            }
        }
        if (ExpressionTree.ContainsAggregate(expression))
        {
            throw RuntimeErrors.Semantic("Aggregation in ORDER BY must also be projected: add it to the RETURN or WITH items", expression.Position);
        }
        return planner.Expressions.Compile(expression, scope);
    }
}
