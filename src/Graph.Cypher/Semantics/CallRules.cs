using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Planning;

namespace Graph.Cypher.Semantics;

/// <summary>
/// Rules on CALL that need no procedure signature, worded as Neo4j words them. A standalone call is a statement of
/// that one clause; the rules needing the signature (arguments, outputs) are checked as the call is planned.
/// </summary>
internal static class CallRules
{
    public static void Check(CallClause call, bool standalone)
    {
        foreach (var argument in call.Arguments ?? [])
        {
            if (ExpressionTree.ContainsAggregate(argument))
            {
                throw Syntax("Procedure call cannot take an aggregating function as argument, please add a 'WITH' to your statement.", argument.Position);
            }
        }
        if (call.YieldStar && !standalone)
        {
            throw Syntax("Procedure call inside a query does not support naming results implicitly (name explicitly using `YIELD` instead)", call.Position);
        }
        var bound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in call.Yield ?? [])
        {
            if (!bound.Add(item.Variable))
            {
                throw RuntimeErrors.Semantic($"Variable `{item.Variable}` already declared", item.Position);
            }
        }
        if (call.Where is { } where && ExpressionTree.ContainsAggregate(where))
        {
            throw RuntimeErrors.Semantic("Invalid use of aggregating function in WHERE: aggregation is only allowed in WITH and RETURN", where.Position);
        }
    }

    /// <summary>Neo4j reports its compile-time procedure errors with the SyntaxError status.</summary>
    public static CypherException Syntax(string message, Position position) =>
        new(CypherErrorCodes.SyntaxError, message, position.Line, position.Column, position.Offset);
}
