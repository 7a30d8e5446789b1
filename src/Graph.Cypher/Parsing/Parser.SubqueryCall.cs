using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary><c>CALL { … }</c> and <c>CALL (a, b) { … }</c>; batching them IN TRANSACTIONS is refused by name.</summary>
internal sealed partial class Parser
{
    private SubqueryCallClause ParseSubqueryCall(Position position)
    {
        List<Variable>? scope = null;
        var star = false;
        if (TryToken(TokenKind.LeftParen))
        {
            scope = [];
            if (TryToken(TokenKind.Star))
            {
                star = true;
                scope = null;
            }
            else if (!At(TokenKind.RightParen))
            {
                do
                {
                    var at = Position.Of(Current);
                    scope.Add(new Variable(at, ExpectName("a variable name")));
                }
                while (TryToken(TokenKind.Comma));
            }
            Expect(TokenKind.RightParen, "')'");
        }
        Expect(TokenKind.LeftBrace, "'{'");
        var body = ParseQuery();
        Expect(TokenKind.RightBrace, "'}'");
        if (AtKeyword("IN"))
        {
            throw Unsupported(Current, "CALL { } IN TRANSACTIONS (committing a subquery in batches; the embedded engine runs a statement as one transaction)");
        }
        return new SubqueryCallClause(position, body, scope, star);
    }
}
