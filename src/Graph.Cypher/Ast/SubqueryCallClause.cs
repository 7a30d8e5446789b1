namespace Graph.Cypher.Ast;

/// <summary>
/// <c>CALL { body }</c>: the body (one query, or several joined by UNION) runs once per incoming row. Scope is the
/// variable list of Neo4j 5's <c>CALL (a, b) { }</c> (ScopeStar for <c>CALL (*)</c>); without one, the body imports
/// outer variables with a leading WITH of plain variables (the importing WITH).
/// </summary>
internal sealed record SubqueryCallClause(Position Position, QueryStatement Body, IReadOnlyList<Variable>? Scope, bool ScopeStar) : Clause(Position)
{
    public override string Name => "CALL";

    /// <summary>A unit subquery ends without RETURN: it runs for its writes and keeps the incoming row as it is.</summary>
    public bool IsUnit => Body.Parts[0].Clauses[^1] is not ProjectionClause { IsReturn: true };

    /// <summary>
    /// The leading WITH of a part when it imports: with no scope clause, a first WITH that names any variable can only
    /// name outer ones. Null when the part imports nothing that way.
    /// </summary>
    public ProjectionClause? ImportingWith(SingleQuery part) =>
        Scope is null && !ScopeStar && part.Clauses[0] is ProjectionClause { IsReturn: false } with
        && (with.Projection.Star || with.Projection.Items.Any(item => Planning.ExpressionTree.Variables(item.Expression).Count > 0))
            ? with
            : null;
}
