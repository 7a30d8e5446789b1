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
        foreach (var (expression, isWhere) in ClauseExpressions.Of(clause))
        {
            CheckPatterns(expression, isWhere);
            CheckScopedAggregates(expression);
            CheckCollectBodies(expression);
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
