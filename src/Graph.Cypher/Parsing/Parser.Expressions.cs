using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>Expressions, by precedence: OR, XOR, AND, NOT, comparison, string/list/null predicates, + -, * / %, ^, unary, postfix, atoms.</summary>
internal sealed partial class Parser
{
    private const string ExpressionStart = "an expression";

    public Expression ParseExpression() => ParseOr();

    private Expression ParseOr()
    {
        var left = ParseXor();
        while (AtKeyword("OR"))
        {
            var position = Position.Of(Advance());
            left = new BinaryExpression(position, BinaryOperator.Or, left, ParseXor());
        }
        return left;
    }

    private Expression ParseXor()
    {
        var left = ParseAnd();
        while (AtKeyword("XOR"))
        {
            var position = Position.Of(Advance());
            left = new BinaryExpression(position, BinaryOperator.Xor, left, ParseAnd());
        }
        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseNot();
        while (AtKeyword("AND"))
        {
            var position = Position.Of(Advance());
            left = new BinaryExpression(position, BinaryOperator.And, left, ParseNot());
        }
        return left;
    }

    private Expression ParseNot()
    {
        if (AtKeyword("NOT"))
        {
            var position = Position.Of(Advance());
            return new UnaryExpression(position, UnaryOperator.Not, ParseNot());
        }
        return ParseComparison();
    }

    /// <summary>Chained comparisons (a &lt; b &lt; c) mean a &lt; b AND b &lt; c.</summary>
    private Expression ParseComparison()
    {
        var left = ParsePredicates();
        Expression? result = null;
        while (ComparisonOperator(Current.Kind) is { } op)
        {
            var position = Position.Of(Advance());
            var right = ParsePredicates();
            var comparison = new BinaryExpression(position, op, left, right);
            result = result is null ? comparison : new BinaryExpression(position, BinaryOperator.And, result, comparison);
            left = right;
        }
        return result ?? left;
    }

    private static BinaryOperator? ComparisonOperator(TokenKind kind) => kind switch
    {
        TokenKind.Equals => BinaryOperator.Equal,
        TokenKind.NotEquals => BinaryOperator.NotEqual,
        TokenKind.LessThan => BinaryOperator.LessThan,
        TokenKind.GreaterThan => BinaryOperator.GreaterThan,
        TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
        TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
        TokenKind.RegexMatch => BinaryOperator.RegexMatch,
        _ => null,
    };

    private Expression ParsePredicates()
    {
        var left = ParseAdditive();
        while (true)
        {
            var position = Position.Of(Current);
            if (AtKeyword("IS"))
            {
                Advance();
                var negated = TryKeyword("NOT");
                if (!TryKeyword("NULL"))
                {
                    if (AtKeyword("TYPED") || At(TokenKind.Colon) || AtKeyword("NORMALIZED"))
                    {
                        throw Unsupported(Current, "IS " + Current.Text);
                    }
                    throw SyntaxErrors.Unexpected(Current, "'NULL' or 'NOT NULL'");
                }
                left = new IsNullExpression(position, left, negated);
            }
            else if (AtKeyword("IN"))
            {
                Advance();
                left = new BinaryExpression(position, BinaryOperator.In, left, ParseAdditive());
            }
            else if (AtKeywords("STARTS", "WITH"))
            {
                _index += 2;
                left = new BinaryExpression(position, BinaryOperator.StartsWith, left, ParseAdditive());
            }
            else if (AtKeywords("ENDS", "WITH"))
            {
                _index += 2;
                left = new BinaryExpression(position, BinaryOperator.EndsWith, left, ParseAdditive());
            }
            else if (AtKeyword("CONTAINS"))
            {
                Advance();
                left = new BinaryExpression(position, BinaryOperator.Contains, left, ParseAdditive());
            }
            else
            {
                return left;
            }
        }
    }

    private Expression ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (At(TokenKind.Plus) || At(TokenKind.Minus))
        {
            var token = Advance();
            var op = token.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = new BinaryExpression(Position.Of(token), op, left, ParseMultiplicative());
        }
        return left;
    }

    private Expression ParseMultiplicative()
    {
        var left = ParsePower();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent)
        {
            var token = Advance();
            var op = token.Kind switch
            {
                TokenKind.Star => BinaryOperator.Multiply,
                TokenKind.Slash => BinaryOperator.Divide,
                _ => BinaryOperator.Modulo,
            };
            left = new BinaryExpression(Position.Of(token), op, left, ParsePower());
        }
        return left;
    }

    private Expression ParsePower()
    {
        var left = ParseUnary();
        while (At(TokenKind.Caret))
        {
            var token = Advance();
            left = new BinaryExpression(Position.Of(token), BinaryOperator.Power, left, ParseUnary());
        }
        return left;
    }

    private Expression ParseUnary()
    {
        if (At(TokenKind.Minus) || At(TokenKind.Plus))
        {
            var token = Advance();
            if (token.Kind == TokenKind.Minus && At(TokenKind.Integer))
            {
                // Fold negative integer literals so -9223372036854775808 is representable.
                var number = Advance();
                var value = number.Value is long l ? -l : long.MinValue;
                return ParsePostfix(new Literal(Position.Of(token), value), allowLabels: true);
            }
            var operand = ParseUnary();
            return new UnaryExpression(Position.Of(token), token.Kind == TokenKind.Minus ? UnaryOperator.Negate : UnaryOperator.Plus, operand);
        }
        return ParseAtomWithPostfix(allowLabels: true);
    }

    private Expression ParseAtomWithPostfix(bool allowLabels) => ParsePostfix(ParseAtom(), allowLabels);

    private Expression ParsePostfix(Expression expression, bool allowLabels)
    {
        while (true)
        {
            var position = Position.Of(Current);
            if (At(TokenKind.Dot))
            {
                Advance();
                expression = new PropertyAccess(position, expression, ExpectName("a property name"));
            }
            else if (At(TokenKind.LeftBracket))
            {
                Advance();
                if (TryToken(TokenKind.DotDot))
                {
                    var to = At(TokenKind.RightBracket) ? null : ParseExpression();
                    Expect(TokenKind.RightBracket, "']'");
                    expression = new SliceAccess(position, expression, null, to);
                    continue;
                }
                var index = ParseExpression();
                if (TryToken(TokenKind.DotDot))
                {
                    var to = At(TokenKind.RightBracket) ? null : ParseExpression();
                    Expect(TokenKind.RightBracket, "']'");
                    expression = new SliceAccess(position, expression, index, to);
                    continue;
                }
                Expect(TokenKind.RightBracket, "']'");
                expression = new IndexAccess(position, expression, index);
            }
            else if (allowLabels && At(TokenKind.Colon) && expression is Variable)
            {
                expression = new LabelPredicate(position, expression, ParseLabels());
            }
            else
            {
                return expression;
            }
        }
    }

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
                throw Unsupported(token, "COLLECT subqueries");
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

    private Expression ParseSubquery(Position position, SubqueryKind kind)
    {
        Expect(TokenKind.LeftBrace, "'{'");
        if (AtKeyword("MATCH"))
        {
            Advance();
        }
        if (AtKeyword("RETURN") || AtKeyword("WITH") || AtKeyword("UNWIND") || AtKeyword("CALL") || AtKeyword("OPTIONAL"))
        {
            throw Unsupported(Current, "Full subqueries (with " + Current.Text.ToUpperInvariant() + ") inside EXISTS/COUNT");
        }
        var patterns = ParsePatternList();
        var where = TryKeyword("WHERE") ? ParseExpression() : null;
        if (!At(TokenKind.RightBrace))
        {
            if (AtKeyword("RETURN") || AtKeyword("WITH"))
            {
                throw Unsupported(Current, "Full subqueries (with " + Current.Text.ToUpperInvariant() + ") inside EXISTS/COUNT");
            }
            throw SyntaxErrors.Unexpected(Current, "'WHERE' or '}'");
        }
        Advance();
        return new SubqueryExpression(position, kind, patterns, where);
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
