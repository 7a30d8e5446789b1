using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Lexing;
using Graph.Cypher.Planning;

namespace Graph.Cypher.Parsing;

/// <summary>Subquery expressions: EXISTS { } and COUNT { } (a pattern match), COLLECT { } (a query of its own).</summary>
internal sealed partial class Parser
{
    private Expression ParseSubquery(Position position, SubqueryKind kind)
    {
        Expect(TokenKind.LeftBrace, "'{'");
        TryKeyword("MATCH");
        if (AtKeyword("RETURN") || AtKeyword("WITH") || AtKeyword("UNWIND") || AtKeyword("CALL") || AtKeyword("OPTIONAL"))
        {
            throw Unsupported(Current, "Subqueries starting with " + Current.Text.ToUpperInvariant() + " inside EXISTS/COUNT");
        }
        var patterns = ParsePatternList();
        var where = TryKeyword("WHERE") ? ParseExpression() : null;
        IReadOnlyList<Expression> returned = [];
        if (AtKeyword("RETURN"))
        {
            var keyword = Advance();
            var projection = ParseProjection();
            if (projection.Distinct || projection.Star || projection.OrderBy.Count > 0 || projection.Skip is not null || projection.Limit is not null
                || projection.Items.Any(item => ExpressionTree.ContainsAggregate(item.Expression)))
            {
                throw Unsupported(keyword, "RETURN with DISTINCT, *, ORDER BY, SKIP, LIMIT or aggregation inside EXISTS/COUNT");
            }
            returned = projection.Items.Select(item => item.Expression).ToList();
        }
        if (!At(TokenKind.RightBrace))
        {
            if (AtKeyword("WITH") || AtKeyword("MATCH") || AtKeyword("UNWIND") || AtKeyword("OPTIONAL") || AtKeyword("CALL") || AtKeyword("UNION"))
            {
                throw Unsupported(Current, "Subqueries with several clauses inside EXISTS/COUNT");
            }
            throw SyntaxErrors.Unexpected(Current, "'WHERE', 'RETURN' or '}'");
        }
        Advance();
        return new SubqueryExpression(position, kind, patterns, where) { Returned = returned };
    }

    /// <summary>
    /// <c>COLLECT { MATCH ... RETURN expr }</c>. The body is parsed as a query; MATCH, OPTIONAL MATCH and UNWIND may
    /// precede its RETURN. WITH is refused because outer variables must stay visible after it, which the projection
    /// planner does not do; UNION because the body is planned as one part. Rules worded as Neo4j's (COLLECT position).
    /// </summary>
    private CollectSubquery ParseCollect(Position position)
    {
        Expect(TokenKind.LeftBrace, "'{'");
        var body = ParseSingleQuery();
        if (AtKeyword("UNION"))
        {
            throw Unsupported(Current, "UNION inside COLLECT subqueries");
        }
        Expect(TokenKind.RightBrace, "'}'");
        foreach (var clause in body.Clauses)
        {
            if (clause is ProjectionClause { IsReturn: false })
            {
                throw RuntimeErrors.Unsupported("WITH inside COLLECT subqueries", clause.Position);
            }
            if (QueryPlanner.IsUpdating(clause))
            {
                throw RuntimeErrors.Semantic("A Collect Expression cannot contain any updates", position);
            }
        }
        if (body.Clauses[^1] is not ProjectionClause { IsReturn: true, Projection: { Star: false, Items.Count: 1 } })
        {
            throw RuntimeErrors.Semantic("A Collect Expression must end with a single return column.", position);
        }
        return new CollectSubquery(position, body);
    }
}
