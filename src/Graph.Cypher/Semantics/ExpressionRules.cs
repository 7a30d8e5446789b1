using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Planning;

namespace Graph.Cypher.Semantics;

/// <summary>
/// Rules on where expressions may appear: bare pattern predicates only test (WHERE, under AND/OR/XOR/NOT),
/// and aggregates never inside list comprehensions, quantifiers or reduce. A COLLECT's body is checked as a query.
/// </summary>
internal static class ExpressionRules
{
    public static void Check(Clause clause)
    {
        foreach (var (expression, isWhere) in Expressions(clause))
        {
            CheckPatterns(expression, isWhere);
            CheckScopedAggregates(expression);
            CheckCollectBodies(expression);
        }
    }

    private static IEnumerable<(Expression Expression, bool IsWhere)> Expressions(Clause clause)
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
            case DeleteClause delete:
                foreach (var target in delete.Targets)
                {
                    yield return (target, false);
                }
                break;
        }
    }

    private static void CheckPatterns(Expression expression, bool predicatePosition)
    {
        if (expression is SubqueryExpression { IsPatternPredicate: true } && !predicatePosition)
        {
            throw new Core.Cypher.CypherException(Core.Cypher.CypherErrorCodes.SyntaxError,
                "A pattern expression should only be used to test the existence of a pattern, in WHERE; use EXISTS { ... } or COUNT { ... } elsewhere",
                expression.Position.Line, expression.Position.Column, expression.Position.Offset);
        }
        var keepsPosition = expression is BinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor }
            or UnaryExpression { Operator: UnaryOperator.Not };
        foreach (var child in ExpressionTree.Children(expression))
        {
            var childIsWhere = expression is SubqueryExpression subquery && ReferenceEquals(child, subquery.Where)
                || expression is PatternComprehension comprehension && ReferenceEquals(child, comprehension.Where);
            CheckPatterns(child, childIsWhere || (keepsPosition && predicatePosition));
        }
    }

    private static void CheckScopedAggregates(Expression expression)
    {
        Expression?[] scoped = expression switch
        {
            ListComprehension e => [e.Where, e.Projection],
            QuantifierExpression e => [e.Where],
            ReduceExpression e => [e.Step],
            PatternComprehension e => [e.Where, e.Projection],
            _ => [],
        };
        if (scoped.OfType<Expression>().Any(ExpressionTree.ContainsAggregate))
        {
            throw RuntimeErrors.Semantic("Aggregating functions cannot be used inside list comprehensions, quantifiers or reduce", expression.Position);
        }
        foreach (var child in ExpressionTree.Children(expression))
        {
            CheckScopedAggregates(child);
        }
    }

    private static void CheckCollectBodies(Expression expression)
    {
        if (expression is CollectSubquery collect)
        {
            SemanticAnalyzer.CheckSingle(collect.Query, inUnion: false);
        }
        foreach (var child in ExpressionTree.Children(expression))
        {
            CheckCollectBodies(child);
        }
    }
}
