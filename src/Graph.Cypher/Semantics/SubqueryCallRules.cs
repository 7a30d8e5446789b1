using Graph.Cypher.Ast;
using Graph.Cypher.Execution;

namespace Graph.Cypher.Semantics;

/// <summary>
/// Rules on <c>CALL { }</c> that need no outer scope, worded as Neo4j 5 words them: the body is a query of its own
/// (UNION rules included), what it returns must be named, and an importing WITH holds only outer variables as they are.
/// Returned names that clash with outer ones are checked as the call is planned, where the outer scope is known.
/// </summary>
internal static class SubqueryCallRules
{
    private const string ImportingWith = "Importing WITH should consist only of simple references to outside variables.";

    public static void Check(SubqueryCallClause call)
    {
        SemanticAnalyzer.Check(call.Body);
        foreach (var part in call.Body.Parts)
        {
            if (part.Clauses[^1] is ProjectionClause { IsReturn: true } returned)
            {
                foreach (var item in returned.Projection.Items.Where(item => item.Alias is null && item.Expression is not Variable))
                {
                    throw RuntimeErrors.Semantic("Expression in CALL { RETURN ... } must be aliased (use AS)", item.Expression.Position);
                }
            }
            if (call.ImportingWith(part) is { } with)
            {
                CheckImportingWith(with);
            }
        }
    }

    private static void CheckImportingWith(ProjectionClause with)
    {
        var projection = with.Projection;
        foreach (var item in projection.Items)
        {
            if (item.Expression is not Variable variable || item.Alias is { } alias && alias != variable.Name)
            {
                throw RuntimeErrors.Semantic($"{ImportingWith} Aliasing or expressions are not supported.", item.Expression.Position);
            }
        }
        var refused = projection.Distinct ? "DISTINCT"
            : projection.OrderBy.Count > 0 ? "ORDER BY"
            : with.Where is not null ? "WHERE"
            : projection.Skip is not null ? "SKIP"
            : projection.Limit is not null ? "LIMIT"
            : null;
        if (refused is not null)
        {
            throw RuntimeErrors.Semantic($"{ImportingWith} {refused} is not allowed.", with.Position);
        }
    }
}
