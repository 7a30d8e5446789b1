using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Planning;

namespace Graph.Cypher.Semantics;

/// <summary>
/// Structural rules checked before planning, worded as Neo4j words them: how a query may end, aliases in
/// WITH, UNION columns, aggregates where they are not allowed. Variable scoping is checked as the planner
/// resolves names (Variable `x` not defined).
/// </summary>
internal static class SemanticAnalyzer
{
    public static void Check(Statement statement)
    {
        if (statement is not QueryStatement query)
        {
            return;
        }
        foreach (var part in query.Parts)
        {
            CheckSingle(part, query.Parts.Count > 1);
        }
        if (query.UnionAll.Distinct().Count() > 1)
        {
            throw RuntimeErrors.Semantic("Invalid combination of UNION and UNION ALL", query.Position);
        }
        var first = Columns(query.Parts[0]);
        foreach (var part in query.Parts.Skip(1))
        {
            if (!Columns(part).SequenceEqual(first))
            {
                throw RuntimeErrors.Semantic("All sub queries in an UNION must have the same return column names", part.Position);
            }
        }
    }

    private static List<string> Columns(SingleQuery query) =>
        query.Clauses[^1] is ProjectionClause { IsReturn: true } clause
            ? clause.Projection.Items.Select(item => item.ColumnName).ToList()
            : [];

    /// <summary>One part of a statement, or the body of a COLLECT subquery.</summary>
    internal static void CheckSingle(SingleQuery query, bool inUnion)
    {
        var last = query.Clauses[^1];
        var standaloneCall = query.Clauses.Count == 1 && !inUnion;
        var concludes = last switch
        {
            ProjectionClause { IsReturn: true } => true,
            SubqueryCallClause subquery => subquery.IsUnit,
            CallClause lastCall => standaloneCall || lastCall.Yield is null,
            _ => QueryPlanner.IsUpdating(last),
        };
        if (!concludes)
        {
            throw RuntimeErrors.Semantic(
                $"Query cannot conclude with {last.Name} (must be a RETURN clause, an update clause, a unit subquery call, or a procedure call with no YIELD)",
                last.Position);
        }
        if (inUnion && last is not ProjectionClause { IsReturn: true })
        {
            throw RuntimeErrors.Semantic("Each part of a UNION must end with RETURN", last.Position);
        }
        foreach (var clause in query.Clauses)
        {
            ExpressionRules.Check(clause);
            switch (clause)
            {
                case ProjectionClause projection:
                    CheckProjection(projection);
                    break;
                case MatchClause { Where: { } where }:
                    NoAggregates(where, "WHERE");
                    break;
                case UnwindClause unwind:
                    NoAggregates(unwind.Source, "UNWIND");
                    break;
                case LoadCsvClause load:
                    NoAggregates(load.Url, "LOAD CSV");
                    break;
                case CallClause call:
                    CallRules.Check(call, standaloneCall);
                    break;
                case SubqueryCallClause subquery:
                    SubqueryCallRules.Check(subquery);
                    break;
            }
        }
    }

    private static void CheckProjection(ProjectionClause clause)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in clause.Projection.Items)
        {
            if (!clause.IsReturn && item.Alias is null && item.Expression is not Variable)
            {
                throw RuntimeErrors.Semantic("Expression in WITH must be aliased (use AS)", item.Expression.Position);
            }
            if (!names.Add(item.ColumnName))
            {
                throw RuntimeErrors.Semantic("Multiple result columns with the same name are not supported", item.Expression.Position);
            }
        }
        if (clause.Where is not null)
        {
            NoAggregates(clause.Where, "WHERE");
        }
        foreach (var expression in new[] { clause.Projection.Skip, clause.Projection.Limit })
        {
            if (expression is not null && ExpressionTree.Variables(expression).Count > 0)
            {
                throw RuntimeErrors.Semantic(
                    "It is not allowed to refer to variables in SKIP or LIMIT", expression.Position);
            }
        }
    }

    private static void NoAggregates(Expression expression, string where)
    {
        if (ExpressionTree.ContainsAggregate(expression))
        {
            throw RuntimeErrors.Semantic($"Invalid use of aggregating function in {where}: aggregation is only allowed in WITH and RETURN", expression.Position);
        }
    }
}
