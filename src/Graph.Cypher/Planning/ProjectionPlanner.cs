using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Operators;

namespace Graph.Cypher.Planning;

/// <summary>
/// WITH and RETURN: projection (or aggregation when an item aggregates), DISTINCT, ORDER BY, SKIP, LIMIT,
/// then WITH's WHERE. Afterwards only the projected names are in scope. ORDER BY and WHERE also see the
/// earlier variables unless the projection is DISTINCT or aggregates; ORDER BY may aggregate too.
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
        var kinds = items.Select((item, i) => (item.ColumnName, slots[i], VariableKinds.Of(item.Expression, current))).ToList();
        var projected = SlotScope.Empty.WithAll(kinds);
        var overlay = scope.WithAll(kinds);
        var aggregating = items.Any(item => ExpressionTree.ContainsAggregate(item.Expression));
        var sortKeys = new Evaluator?[projection.OrderBy.Count];
        var beneath = plan;
        if (aggregating)
        {
            plan = PlanAggregation(plan, items, slots, scope, projection.OrderBy, sortKeys);
        }
        else
        {
            plan = new Project(plan, items.Select((item, i) => (slots[i], planner.Expressions.Compile(item.Expression, current), item.ColumnName)).ToList());
        }
        columns = items.Select((item, i) => (item.ColumnName, slots[i])).ToList();
        if (projection.Distinct)
        {
            plan = new Distinct(plan, slots, string.Join(", ", items.Select(item => item.ColumnName)));
        }
        if (projection.OrderBy.Count > 0)
        {
            var orderScope = projection.Distinct || aggregating ? projected : overlay;
            var keys = projection.OrderBy
                .Select((sort, i) => (sortKeys[i] ?? SortKey(sort.Expression, items, slots, orderScope), sort.Descending))
                .ToList();
            var sorting = new Sort(plan, keys, string.Join(", ", projection.OrderBy.Select(sort => ExpressionText.Of(sort.Expression) + (sort.Descending ? " DESC" : ""))), RowsRead(projection));
            if (!aggregating && !projection.Distinct)
            {
                ProvidedOrder.Apply(beneath, sorting, projection, items, current);
            }
            plan = sorting;
        }
        CheckCountLiteral(projection.Skip, "SKIP");
        CheckCountLiteral(projection.Limit, "LIMIT");
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
            plan = new Filter(plan, planner.Expressions.Compile(clause.Where, aggregating ? projected : overlay), ExpressionText.Of(clause.Where));
        }
        // A plain projection keeps each row's values, so linenumber() and file() still answer after it (as in Neo4j).
        scope = aggregating || projection.Distinct ? projected : projected.WithAll(scope.LoadCsvContext);
        return plan;
    }

    /// <summary>How many sorted rows SKIP and LIMIT read at most (skip + limit), or null without a LIMIT.</summary>
    private Evaluator? RowsRead(Projection projection)
    {
        if (projection.Limit is null)
        {
            return null;
        }
        var limit = planner.Expressions.Compile(projection.Limit, SlotScope.Empty);
        if (projection.Skip is null)
        {
            return limit;
        }
        var skip = planner.Expressions.Compile(projection.Skip, SlotScope.Empty);
        return (row, context) => skip(row, context) is long s and >= 0 && limit(row, context) is long l and >= 0 && s <= long.MaxValue - l ? s + l : null;
    }

    private static void CheckCountLiteral(Expression? expression, string clause)
    {
        if (expression is Literal { Value: var value } && value is not long { } and not null || expression is Literal { Value: < 0L })
        {
            throw new CypherException(CypherErrorCodes.SyntaxError,
                $"Invalid input. '{ExpressionText.Of(expression)}' is not a valid value for {clause}. Must be a non-negative integer.",
                expression.Position.Line, expression.Position.Column, expression.Position.Offset);
        }
    }

    /// <summary>
    /// Grouping keys are the items without aggregates; aggregate calls (in items, and in ORDER BY items that
    /// aggregate) become aggregator slots; what surrounds them may only use grouping keys.
    /// </summary>
    /// <summary>
    /// The slot of the one variable every grouping key is or reads a property of (<c>t</c>, <c>t.name</c>), else -1:
    /// when it holds a node, the aggregation can find a row's group by the node (<see cref="Aggregate"/>).
    /// </summary>
    private static int KeysNode(List<ProjectionItem> items, SlotScope scope)
    {
        string? variable = null;
        foreach (var item in items)
        {
            if (ExpressionTree.ContainsAggregate(item.Expression))
            {
                continue;
            }
            var name = item.Expression switch
            {
                Variable v => v.Name,
                PropertyAccess { Target: Variable v } => v.Name,
                _ => null,
            };
            if (name is null || variable is not null && variable != name)
            {
                return -1;
            }
            variable = name;
        }
        return variable is not null && scope.TryGet(variable, out var slot) ? slot : -1;
    }

    private Operator PlanAggregation(
        Operator plan, List<ProjectionItem> items, int[] slots, SlotScope scope,
        IReadOnlyList<SortItem> orderBy, Evaluator?[] sortKeys)
    {
        var keys = new List<(int Slot, Evaluator Value, string Name)>();
        var aggregates = new List<AggregateSpec>();
        var computed = new List<(int Slot, Evaluator Value, string Name)>();
        var groupingVariables = items.Where(item => item.Expression is Variable && !ExpressionTree.ContainsAggregate(item.Expression))
            .Select(item => ((Variable)item.Expression).Name).ToHashSet(StringComparer.Ordinal);
        var groupingTexts = items.Where(item => !ExpressionTree.ContainsAggregate(item.Expression))
            .Select(item => ExpressionText.Of(item.Expression)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!ExpressionTree.ContainsAggregate(item.Expression))
            {
                keys.Add((slots[i], planner.Expressions.Compile(item.Expression, scope), item.ColumnName));
                continue;
            }
            var rewritten = ExpressionTree.ReplaceAggregates(item.Expression, call => Aggregate(call, scope, aggregates));
            CheckGrouping(rewritten, groupingVariables, groupingTexts, item.Expression);
            computed.Add((slots[i], planner.Expressions.Compile(rewritten, scope), item.ColumnName));
        }
        // ORDER BY may repeat the projection's aggregates and use grouping keys around them.
        var aggregateSlots = aggregates.GroupBy(spec => spec.Text).ToDictionary(group => group.Key, group => group.First().Slot, StringComparer.Ordinal);
        var itemTexts = items.Select(item => ExpressionText.Of(item.Expression)).ToList();
        var aliases = new HashSet<string>(groupingVariables.Concat(items.Select(item => item.ColumnName)), StringComparer.Ordinal);
        var overlay = scope.WithAll(items.Select((item, j) => (item.ColumnName, slots[j], VariableKind.Unknown)));
        var sortValues = new List<(int Slot, Evaluator Value, string Name)>();
        for (var i = 0; i < orderBy.Count; i++)
        {
            var expression = orderBy[i].Expression;
            if (itemTexts.Contains(ExpressionText.Of(expression)) || expression is Variable { Name: var name } && items.Any(item => item.ColumnName == name))
            {
                continue;
            }
            var rewritten = ExpressionTree.ReplaceAggregates(expression, call => aggregateSlots.TryGetValue(ExpressionText.Of(call), out var found)
                ? new SlotReference(call.Position, found, ExpressionText.Of(call))
                : throw RuntimeErrors.Semantic(
                    $"Variable not defined: ORDER BY uses {ExpressionText.Of(call)}, which the projection does not compute; project it first", call.Position));
            CheckGrouping(rewritten, aliases, groupingTexts, expression);
            var slot = planner.NewSlot();
            sortValues.Add((slot, planner.Expressions.Compile(rewritten, overlay), ExpressionText.Of(expression)));
            sortKeys[i] = (row, _) => row[slot];
        }
        plan = new Project(new Aggregate(plan, keys, aggregates, KeysNode(items, scope)), computed);
        // Sort values read the projected columns, so they are computed after them.
        return sortValues.Count == 0 ? plan : new Project(plan, sortValues);
    }

    /// <summary>Outside its aggregate calls, an aggregating expression may only use grouping keys (Neo4j's implicit grouping rule).</summary>
    private static void CheckGrouping(Expression expression, HashSet<string> variables, HashSet<string> texts, Expression whole)
    {
        switch (expression)
        {
            case SlotReference or Literal or Parameter:
                return;
            case Variable variable when variables.Contains(variable.Name):
                return;
            case Variable variable:
                throw Ambiguous(whole, variable.Name);
            case PropertyAccess when texts.Contains(ExpressionText.Of(expression)):
                return;
            case ListComprehension or QuantifierExpression or ReduceExpression or PatternComprehension or SubqueryExpression:
                return;
        }
        foreach (var child in ExpressionTree.Children(expression))
        {
            CheckGrouping(child, variables, texts, whole);
        }
    }

    private static CypherException Ambiguous(Expression whole, string name) =>
        RuntimeErrors.Semantic(
            $"Aggregation column contains implicit grouping expressions: `{name}` in '{ExpressionText.Of(whole)}' is not a grouping key. " +
            "Project it (or the expression using it) as its own column first.", whole.Position);

    private SlotReference Aggregate(FunctionCall call, SlotScope scope, List<AggregateSpec> aggregates)
    {
        var text = ExpressionText.Of(call);
        if (call.LowerName is "percentilecont" or "percentiledisc")
        {
            return Percentile(call, scope, aggregates, text);
        }
        if (!call.Star && call.Arguments.Count != 1)
        {
            throw new CypherException(CypherErrorCodes.SyntaxError,
                $"Function '{call.Name}' takes exactly one argument, got {call.Arguments.Count}", call.Position.Line, call.Position.Column, call.Position.Offset);
        }
        if (call.Arguments.Count == 1 && ExpressionTree.ContainsAggregate(call.Arguments[0]))
        {
            throw RuntimeErrors.Semantic("Can't use aggregate functions inside of aggregate functions.", call.Arguments[0].Position);
        }
        if (call.Arguments.Count == 1 && ExpressionTree.ContainsRandom(call.Arguments[0]))
        {
            // As Neo4j: an aggregate of a fresh random number per row is almost always a mistake (count(rand())).
            throw new CypherException(CypherErrorCodes.SyntaxError, "Can't use non-deterministic (random) functions inside of aggregate functions.",
                call.Arguments[0].Position.Line, call.Arguments[0].Position.Column, call.Arguments[0].Position.Offset);
        }
        var argument = call.Star ? null : planner.Expressions.Compile(call.Arguments[0], scope);
        var slot = planner.NewSlot();
        aggregates.Add(new AggregateSpec(slot, call.LowerName, Aggregator.Factory(call.Name, call.Position), argument, call.Distinct, text)
        {
            ArgumentSlot = call.Arguments is [Variable variable] && scope.TryGet(variable.Name, out var read) ? read : -1,
        });
        return new SlotReference(call.Position, slot, text);
    }

    private SlotReference Percentile(FunctionCall call, SlotScope scope, List<AggregateSpec> aggregates, string text)
    {
        if (call.Arguments.Count != 2)
        {
            throw new CypherException(CypherErrorCodes.SyntaxError,
                $"Function '{call.Name}' takes two arguments (value, percentile), got {call.Arguments.Count}", call.Position.Line, call.Position.Column, call.Position.Offset);
        }
        var value = planner.Expressions.Compile(call.Arguments[0], scope);
        var percentile = planner.Expressions.Compile(call.Arguments[1], scope);
        var slot = planner.NewSlot();
        aggregates.Add(new AggregateSpec(slot, call.LowerName, Aggregator.Factory(call.Name, call.Position),
            (row, context) => new object?[] { value(row, context), percentile(row, context) }, call.Distinct, text));
        return new SlotReference(call.Position, slot, text);
    }

    /// <summary>An ORDER BY item that repeats a projected expression reads its slot (so ORDER BY n.name works after RETURN DISTINCT n.name).</summary>
    private Evaluator SortKey(Expression expression, List<ProjectionItem> items, int[] slots, SlotScope scope)
    {
        // An alias wins over an item that happens to read a variable of the same name (WITH x AS y, y AS x ORDER BY x).
        if (expression is Variable variable && items.FindIndex(item => item.ColumnName == variable.Name) is >= 0 and var aliased)
        {
            var aliasSlot = slots[aliased];
            return (row, _) => row[aliasSlot];
        }
        var text = ExpressionText.Of(expression);
        for (var i = 0; i < items.Count; i++)
        {
            if (ExpressionText.Of(items[i].Expression) == text)
            {
                var slot = slots[i];
                return (row, _) => row[slot];
            }
        }
        return planner.Expressions.Compile(expression, scope);
    }
}
