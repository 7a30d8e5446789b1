using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>Atoms: literals, parameters, variables, function calls, CASE, lists and comprehensions, maps and projections.</summary>
internal sealed partial class Parser
{
    private Expression ParseAtom()
    {
        var token = Current;
        var position = Position.Of(token);
        switch (token.Kind)
        {
            case TokenKind.Integer:
                Advance();
                if (token.Value is null)
                {
                    throw SyntaxErrors.At(token, $"Invalid input '{token.Text}': integer is too large");
                }
                return new Literal(position, token.Value);
            case TokenKind.Float:
            case TokenKind.String:
                Advance();
                return new Literal(position, token.Value);
            case TokenKind.Parameter:
                Advance();
                return new Parameter(position, (string)token.Value!);
            case TokenKind.LeftBracket:
                return ParseListOrComprehension();
            case TokenKind.LeftBrace:
                return ParseMapLiteral();
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.EscapedIdentifier:
                Advance();
                return MaybeMapProjection(new Variable(position, (string)token.Value!));
            case TokenKind.Identifier:
                return ParseIdentifierAtom();
            default:
                throw SyntaxErrors.Unexpected(token, ExpressionStart);
        }
    }

    private Expression ParseIdentifierAtom()
    {
        var token = Current;
        var position = Position.Of(token);
        var upper = token.Text.ToUpperInvariant();
        var next = PeekToken();
        switch (upper)
        {
            case "TRUE":
                Advance();
                return new Literal(position, true);
            case "FALSE":
                Advance();
                return new Literal(position, false);
            case "NULL":
                Advance();
                return new Literal(position, null);
            case "CASE":
                return ParseCase();
            case "EXISTS" when next.Kind == TokenKind.LeftBrace:
                Advance();
                return ParseSubquery(position, SubqueryKind.Exists);
            case "COUNT" when next.Kind == TokenKind.LeftBrace:
                Advance();
                return ParseSubquery(position, SubqueryKind.Count);
            case "COLLECT" when next.Kind == TokenKind.LeftBrace:
                Advance();
                return ParseCollect(position);
            case "ANY" or "ALL" or "NONE" or "SINGLE" when next.Kind == TokenKind.LeftParen && PeekToken(3).IsKeyword("IN"):
                return ParseQuantifier();
            case "REDUCE" when next.Kind == TokenKind.LeftParen:
                return ParseReduce();
            case "SHORTESTPATH" or "ALLSHORTESTPATHS" when next.Kind == TokenKind.LeftParen:
                throw Unsupported(token, "shortestPath outside MATCH");
        }
        if (next.Kind == TokenKind.LeftParen || (next.Kind == TokenKind.Dot && IsNamespacedCall()))
        {
            return ParseFunctionCall();
        }
        Advance();
        return MaybeMapProjection(new Variable(position, token.Text));
    }

    /// <summary>True for a.b.c( : a namespaced function name rather than property access.</summary>
    private bool IsNamespacedCall()
    {
        var i = 1;
        while (PeekToken(i).Kind == TokenKind.Dot && PeekToken(i + 1).Kind == TokenKind.Identifier)
        {
            i += 2;
        }
        return i > 1 && PeekToken(i).Kind == TokenKind.LeftParen;
    }

    private Expression ParseFunctionCall()
    {
        var start = Current;
        var name = Advance().Text;
        while (TryToken(TokenKind.Dot))
        {
            name += "." + ExpectName("a function name");
        }
        Expect(TokenKind.LeftParen, "'('");
        if (string.Equals(name, "count", StringComparison.OrdinalIgnoreCase) && At(TokenKind.Star))
        {
            Advance();
            Expect(TokenKind.RightParen, "')'");
            return new FunctionCall(Position.Of(start), name, false, [], Star: true);
        }
        var distinct = TryKeyword("DISTINCT");
        var arguments = new List<Expression>();
        if (!At(TokenKind.RightParen))
        {
            arguments = ParseExpressionList();
        }
        Expect(TokenKind.RightParen, "',' or ')'");
        return new FunctionCall(Position.Of(start), name, distinct, arguments);
    }

    private Expression MaybeMapProjection(Variable variable)
    {
        if (!At(TokenKind.LeftBrace))
        {
            return variable;
        }
        var position = Position.Of(Advance());
        var items = new List<MapProjectionItem>();
        if (!At(TokenKind.RightBrace))
        {
            do
            {
                if (TryToken(TokenKind.Dot))
                {
                    if (TryToken(TokenKind.Star))
                    {
                        items.Add(new MapProjectionItem("*", null, AllProperties: true));
                    }
                    else
                    {
                        items.Add(new MapProjectionItem(ExpectName("a property name"), null, false));
                    }
                }
                else
                {
                    var keyToken = Current;
                    var key = ExpectName("a property name, a key or a variable");
                    if (TryToken(TokenKind.Colon))
                    {
                        items.Add(new MapProjectionItem(key, ParseExpression(), false));
                    }
                    else
                    {
                        items.Add(new MapProjectionItem(key, new Variable(Position.Of(keyToken), key), false));
                    }
                }
            }
            while (TryToken(TokenKind.Comma));
        }
        Expect(TokenKind.RightBrace, "',' or '}'");
        return new MapProjection(position, variable, items);
    }

    private MapLiteral ParseMapLiteral()
    {
        var position = Position.Of(Expect(TokenKind.LeftBrace, "'{'"));
        var entries = new List<KeyValuePair<string, Expression>>();
        if (!At(TokenKind.RightBrace))
        {
            do
            {
                var key = ExpectName("a map key");
                Expect(TokenKind.Colon, "':'");
                entries.Add(new(key, ParseExpression()));
            }
            while (TryToken(TokenKind.Comma));
        }
        Expect(TokenKind.RightBrace, "',' or '}'");
        return new MapLiteral(position, entries);
    }

    private Expression ParseCase()
    {
        var position = Position.Of(ExpectKeyword("CASE"));
        Expression? test = AtKeyword("WHEN") ? null : ParseExpression();
        var alternatives = new List<CaseAlternative>();
        while (TryKeyword("WHEN"))
        {
            var when = ParseExpression();
            ExpectKeyword("THEN");
            alternatives.Add(new CaseAlternative(when, ParseExpression()));
        }
        if (alternatives.Count == 0)
        {
            throw SyntaxErrors.Unexpected(Current, "'WHEN'");
        }
        var otherwise = TryKeyword("ELSE") ? ParseExpression() : null;
        if (!TryKeyword("END"))
        {
            throw SyntaxErrors.Unexpected(Current, "'WHEN', 'ELSE' or 'END'");
        }
        return new CaseExpression(position, test, alternatives, otherwise);
    }

    private Expression ParseQuantifier()
    {
        var token = Advance();
        var quantifier = Enum.Parse<Quantifier>(token.Text, ignoreCase: true);
        Expect(TokenKind.LeftParen, "'('");
        var variable = ExpectName("a variable name");
        ExpectKeyword("IN");
        var source = ParseExpression();
        if (!TryKeyword("WHERE"))
        {
            throw SyntaxErrors.Unexpected(Current, "'WHERE'");
        }
        var where = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return new QuantifierExpression(Position.Of(token), quantifier, variable, source, where);
    }

    private Expression ParseReduce()
    {
        var position = Position.Of(Advance());
        Expect(TokenKind.LeftParen, "'('");
        var accumulator = ExpectName("an accumulator name");
        Expect(TokenKind.Equals, "'='");
        var initial = ParseExpression();
        Expect(TokenKind.Comma, "','");
        var variable = ExpectName("a variable name");
        ExpectKeyword("IN");
        var source = ParseExpression();
        Expect(TokenKind.Pipe, "'|'");
        var step = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return new ReduceExpression(position, accumulator, initial, variable, source, step);
    }

    private Expression ParseListOrComprehension()
    {
        var open = Expect(TokenKind.LeftBracket, "'['");
        var position = Position.Of(open);
        if (At(TokenKind.RightBracket))
        {
            Advance();
            return new ListLiteral(position, []);
        }
        if (AtName && PeekToken().IsKeyword("IN"))
        {
            var variable = ExpectName("a variable name");
            Advance();
            var source = ParseExpression();
            var where = TryKeyword("WHERE") ? ParseExpression() : null;
            var projection = TryToken(TokenKind.Pipe) ? ParseExpression() : null;
            Expect(TokenKind.RightBracket, "']'");
            return new ListComprehension(position, variable, source, where, projection);
        }
        if (LooksLikePatternComprehension())
        {
            var pattern = ParsePathPattern();
            var where = TryKeyword("WHERE") ? ParseExpression() : null;
            Expect(TokenKind.Pipe, "'|'");
            var projection = ParseExpression();
            Expect(TokenKind.RightBracket, "']'");
            return new PatternComprehension(position, pattern, where, projection);
        }
        var items = ParseExpressionList();
        Expect(TokenKind.RightBracket, "',' or ']'");
        return new ListLiteral(position, items);
    }

    /// <summary>[(a)-->(b) | ...] or [p = (a)-->(b) | ...]: a pattern with at least one relationship.</summary>
    private bool LooksLikePatternComprehension()
    {
        if (AtName && PeekToken().Kind == TokenKind.Equals && PeekToken(2).Kind == TokenKind.LeftParen)
        {
            return true;
        }
        return At(TokenKind.LeftParen) && TryParsePatternAhead() is { Steps.Count: > 0 };
    }

    /// <summary>Parses a pattern without consuming it; null when the tokens are not a pattern.</summary>
    private PathPattern? TryParsePatternAhead()
    {
        var saved = _index;
        try
        {
            return ParsePathPattern();
        }
        catch (CypherException)
        {
            return null;
        }
        finally
        {
            _index = saved;
        }
    }

    /// <summary>A parenthesized expression, or a pattern predicate such as <c>(n)-[:T]->()</c>.</summary>
    private Expression ParseParenthesized()
    {
        var position = Position.Of(Current);
        if (TryParsePatternAhead() is { Steps.Count: > 0 })
        {
            var pattern = ParsePathPattern();
            return new SubqueryExpression(position, SubqueryKind.Exists, [pattern], null) { IsPatternPredicate = true };
        }
        Advance();
        var inner = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return inner;
    }
}
