using Graph.Cypher.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// Which write clause of a query may take its rows as they come. Write clauses read all their input before writing, so
/// that no read feeding them (a MATCH's scan) sees their writes; after LOAD CSV that held the whole file in memory. A
/// CREATE or MERGE fed only by LOAD CSV, UNWIND and WITH that read nothing of the graph, and followed only by such WITH
/// and RETURN, has no such read to protect, so it streams the file through.
/// </summary>
internal static class StreamedWrites
{
    public static Clause? Find(SingleQuery query)
    {
        var clauses = query.Clauses;
        var write = -1;
        for (var i = 0; i < clauses.Count && write < 0; i++)
        {
            write = QueryPlanner.IsUpdating(clauses[i]) ? i : -1;
        }
        if (write < 0 || clauses[write] is not (CreateClause or MergeClause))
        {
            return null;
        }
        var before = clauses.Take(write).ToList();
        var after = clauses.Skip(write + 1);
        var streams = before.Any(clause => clause is LoadCsvClause)
            && before.All(clause => clause is LoadCsvClause or UnwindClause or ProjectionClause && ReadsNoGraph(clause))
            && after.All(clause => clause is ProjectionClause && ReadsNoGraph(clause));
        return streams ? clauses[write] : null;
    }

    private static bool ReadsNoGraph(Clause clause) => !ClauseExpressions.Of(clause).Any(entry => ReadsGraph(entry.Expression));

    private static bool ReadsGraph(Expression expression) =>
        expression is SubqueryExpression or PatternComprehension or CollectSubquery || ExpressionTree.Children(expression).Any(ReadsGraph);
}
