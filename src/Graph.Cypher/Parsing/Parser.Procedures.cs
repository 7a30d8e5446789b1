using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>Procedure calls: <c>CALL name.space.proc(args) YIELD out AS x WHERE ...</c>, the CALL keyword already read.</summary>
internal sealed partial class Parser
{
    private CallClause ParseCall(Position position)
    {
        var nameStart = Position.Of(Current);
        var name = ExpectName("a procedure name");
        while (TryToken(TokenKind.Dot))
        {
            name += "." + ExpectName("a procedure name");
        }
        List<Expression>? arguments = null;
        if (TryToken(TokenKind.LeftParen))
        {
            arguments = At(TokenKind.RightParen) ? [] : ParseExpressionList();
            Expect(TokenKind.RightParen, "',' or ')'");
        }
        if (!TryKeyword("YIELD"))
        {
            return new CallClause(position, name, nameStart, arguments, null, null);
        }
        if (TryToken(TokenKind.Star))
        {
            return new CallClause(position, name, nameStart, arguments, [], null);
        }
        var items = new List<YieldItem>();
        do
        {
            var itemStart = Position.Of(Current);
            var output = ExpectName("a procedure output name or '*'");
            var variable = TryKeyword("AS") ? ExpectName("a variable name") : output;
            items.Add(new YieldItem(itemStart, output, variable));
        }
        while (TryToken(TokenKind.Comma));
        var where = TryKeyword("WHERE") ? ParseExpression() : null;
        return new CallClause(position, name, nameStart, arguments, items, where);
    }
}
