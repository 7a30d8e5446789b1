using Graph.Cypher.Ast;

namespace Graph.Cypher.Planning;

/// <summary>Walks and rewrites expression trees: children, free variables, aggregate calls.</summary>
internal static class ExpressionTree
{
    /// <summary>The direct sub-expressions (not those inside patterns of subqueries, nor a COLLECT's body).</summary>
    public static IEnumerable<Expression> Children(Expression expression) => expression switch
    {
        PropertyAccess e => [e.Target],
        ListLiteral e => e.Items,
        MapLiteral e => e.Entries.Select(entry => entry.Value),
        MapProjection e => e.Items.Where(item => item.Value is not null).Select(item => item.Value!).Prepend(e.Target),
        IndexAccess e => [e.Target, e.Index],
        SliceAccess e => new[] { e.Target, e.From, e.To }.OfType<Expression>(),
        BinaryExpression e => [e.Left, e.Right],
        UnaryExpression e => [e.Operand],
        IsNullExpression e => [e.Operand],
        LabelPredicate e => [e.Target],
        FunctionCall e => e.Arguments,
        CaseExpression e => new[] { e.Test, e.Else }.OfType<Expression>().Concat(e.Alternatives.SelectMany(a => new[] { a.When, a.Then })),
        ListComprehension e => new[] { e.Source, e.Where, e.Projection }.OfType<Expression>(),
        QuantifierExpression e => [e.Source, e.Where],
        ReduceExpression e => [e.Initial, e.Source, e.Step],
        PatternComprehension e => new[] { e.Where, e.Projection }.OfType<Expression>(),
        SubqueryExpression e => new[] { e.Where }.OfType<Expression>(),
        PropertiesPredicate e => [e.Target, e.Map],
        _ => [],
    };

    public static bool IsAggregate(Expression expression) =>
        expression is FunctionCall call && Execution.Functions.FunctionLibrary.Aggregates.Contains(call.Name);

    /// <summary>Whether an aggregate call appears anywhere in the expression.</summary>
    public static bool ContainsAggregate(Expression expression) =>
        IsAggregate(expression) || Children(expression).Any(ContainsAggregate);

    /// <summary>Whether rand() appears anywhere in the expression.</summary>
    public static bool ContainsRandom(Expression expression) =>
        expression is FunctionCall { LowerName: "rand" } || Children(expression).Any(ContainsRandom);

    /// <summary>Names of variables the expression reads, including those its subquery patterns mention.</summary>
    public static HashSet<string> Variables(Expression expression)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(expression, names);
        return names;
    }

    private static void Collect(Expression expression, HashSet<string> names)
    {
        switch (expression)
        {
            case Variable variable:
                names.Add(variable.Name);
                return;
            case PatternComprehension comprehension:
                CollectPatterns([comprehension.Pattern], names);
                break;
            case SubqueryExpression subquery:
                CollectPatterns(subquery.Patterns, names);
                break;
            case CollectSubquery collect:
                CollectQuery(collect.Query, names);
                return;
        }
        foreach (var child in Children(expression))
        {
            Collect(child, names);
        }
    }

    private static void CollectQuery(SingleQuery query, HashSet<string> names)
    {
        foreach (var clause in query.Clauses)
        {
            if (clause is MatchClause match)
            {
                CollectPatterns(match.Patterns, names);
            }
            foreach (var (expression, _) in ClauseExpressions.Of(clause))
            {
                Collect(expression, names);
            }
        }
    }

    private static void CollectPatterns(IEnumerable<PathPattern> patterns, HashSet<string> names)
    {
        foreach (var pattern in patterns)
        {
            foreach (var node in pattern.Nodes)
            {
                if (node.Variable is not null)
                {
                    names.Add(node.Variable);
                }
                if (node.Properties is not null)
                {
                    Collect(node.Properties, names);
                }
            }
            foreach (var step in pattern.Steps)
            {
                if (step.Relationship.Variable is not null)
                {
                    names.Add(step.Relationship.Variable);
                }
                if (step.Relationship.Properties is not null)
                {
                    Collect(step.Relationship.Properties, names);
                }
            }
        }
    }

    /// <summary>Replaces every aggregate call (outside subqueries) with what <paramref name="replace"/> returns.</summary>
    public static Expression ReplaceAggregates(Expression expression, Func<FunctionCall, Expression> replace)
    {
        if (IsAggregate(expression))
        {
            return replace((FunctionCall)expression);
        }
        if (!Children(expression).Any(ContainsAggregate))
        {
            return expression;
        }
        Expression R(Expression e) => ReplaceAggregates(e, replace);
        Expression? O(Expression? e) => e is null ? null : ReplaceAggregates(e, replace);
        return expression switch
        {
            PropertyAccess e => e with { Target = R(e.Target) },
            ListLiteral e => e with { Items = e.Items.Select(R).ToList() },
            MapLiteral e => e with { Entries = e.Entries.Select(entry => new KeyValuePair<string, Expression>(entry.Key, R(entry.Value))).ToList() },
            IndexAccess e => e with { Target = R(e.Target), Index = R(e.Index) },
            SliceAccess e => e with { Target = R(e.Target), From = O(e.From), To = O(e.To) },
            BinaryExpression e => e with { Left = R(e.Left), Right = R(e.Right) },
            UnaryExpression e => e with { Operand = R(e.Operand) },
            IsNullExpression e => e with { Operand = R(e.Operand) },
            FunctionCall e => e with { Arguments = e.Arguments.Select(R).ToList() },
            CaseExpression e => e with
            {
                Test = O(e.Test),
                Else = O(e.Else),
                Alternatives = e.Alternatives.Select(a => new CaseAlternative(R(a.When), R(a.Then))).ToList(),
            },
            ListComprehension e => e with { Source = R(e.Source), Where = O(e.Where), Projection = O(e.Projection) },
            QuantifierExpression e => e with { Source = R(e.Source), Where = R(e.Where) },
            ReduceExpression e => e with { Initial = R(e.Initial), Source = R(e.Source), Step = R(e.Step) },
            MapProjection e => e with { Items = e.Items.Select(item => item with { Value = O(item.Value) }).ToList() },
            _ => throw Execution.RuntimeErrors.Unsupported("An aggregate inside " + expression.GetType().Name, expression.Position),
        };
    }
}
