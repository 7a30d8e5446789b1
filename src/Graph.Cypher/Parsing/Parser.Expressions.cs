using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>Expressions, by precedence: OR, XOR, AND, NOT, comparison, string/list/null predicates, + -, * / %, ^, unary, postfix, atoms.</summary>
internal sealed partial class Parser
{
    private const string ExpressionStart = "an expression";

    public Expression ParseExpression()
    {
        var outer = Deeper();
        var expression = ParseOr();
        _nesting = outer;
        return expression;
    }

    private Expression ParseOr()
    {
        var outer = _nesting;
        var left = ParseXor();
        while (AtKeyword("OR"))
        {
            InARow();
            var position = Position.Of(Advance());
            left = new BinaryExpression(position, BinaryOperator.Or, left, ParseXor());
        }
        _nesting = outer;
        return left;
    }

    private Expression ParseXor()
    {
        var outer = _nesting;
        var left = ParseAnd();
        while (AtKeyword("XOR"))
        {
            InARow();
            var position = Position.Of(Advance());
            left = new BinaryExpression(position, BinaryOperator.Xor, left, ParseAnd());
        }
        _nesting = outer;
        return left;
    }

    private Expression ParseAnd()
    {
        var outer = _nesting;
        var left = ParseNot();
        while (AtKeyword("AND"))
        {
            InARow();
            var position = Position.Of(Advance());
            left = new BinaryExpression(position, BinaryOperator.And, left, ParseNot());
        }
        _nesting = outer;
        return left;
    }

    private Expression ParseNot()
    {
        if (AtKeyword("NOT"))
        {
            var outer = Deeper();
            var position = Position.Of(Advance());
            var operand = ParseNot();
            _nesting = outer;
            return new UnaryExpression(position, UnaryOperator.Not, operand);
        }
        return ParseComparison();
    }

    /// <summary>Chained comparisons (a &lt; b &lt; c) mean a &lt; b AND b &lt; c.</summary>
    private Expression ParseComparison()
    {
        var outer = _nesting;
        var left = ParsePredicates();
        Expression? result = null;
        while (ComparisonOperator(Current.Kind) is { } op)
        {
            InARow();
            var position = Position.Of(Advance());
            var right = ParsePredicates();
            var comparison = new BinaryExpression(position, op, left, right);
            result = result is null ? comparison : new BinaryExpression(position, BinaryOperator.And, result, comparison);
            left = right;
        }
        _nesting = outer;
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
        var outer = _nesting;
        var left = ParseAdditive();
        while (true)
        {
            var position = Position.Of(Current);
            if (AtKeyword("IS"))
            {
                InARow();
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
                InARow();
                Advance();
                left = new BinaryExpression(position, BinaryOperator.In, left, ParseAdditive());
            }
            else if (AtKeywords("STARTS", "WITH"))
            {
                InARow();
                _index += 2;
                left = new BinaryExpression(position, BinaryOperator.StartsWith, left, ParseAdditive());
            }
            else if (AtKeywords("ENDS", "WITH"))
            {
                InARow();
                _index += 2;
                left = new BinaryExpression(position, BinaryOperator.EndsWith, left, ParseAdditive());
            }
            else if (AtKeyword("CONTAINS"))
            {
                InARow();
                Advance();
                left = new BinaryExpression(position, BinaryOperator.Contains, left, ParseAdditive());
            }
            else
            {
                _nesting = outer;
                return left;
            }
        }
    }

    private Expression ParseAdditive()
    {
        var outer = _nesting;
        var left = ParseMultiplicative();
        while (At(TokenKind.Plus) || At(TokenKind.Minus))
        {
            InARow();
            var token = Advance();
            var op = token.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = new BinaryExpression(Position.Of(token), op, left, ParseMultiplicative());
        }
        _nesting = outer;
        return left;
    }

    private Expression ParseMultiplicative()
    {
        var outer = _nesting;
        var left = ParsePower();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent)
        {
            InARow();
            var token = Advance();
            var op = token.Kind switch
            {
                TokenKind.Star => BinaryOperator.Multiply,
                TokenKind.Slash => BinaryOperator.Divide,
                _ => BinaryOperator.Modulo,
            };
            left = new BinaryExpression(Position.Of(token), op, left, ParsePower());
        }
        _nesting = outer;
        return left;
    }

    private Expression ParsePower()
    {
        var outer = _nesting;
        var left = ParseUnary();
        while (At(TokenKind.Caret))
        {
            InARow();
            var token = Advance();
            left = new BinaryExpression(Position.Of(token), BinaryOperator.Power, left, ParseUnary());
        }
        _nesting = outer;
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
            var outer = Deeper();
            var operand = ParseUnary();
            _nesting = outer;
            return new UnaryExpression(Position.Of(token), token.Kind == TokenKind.Minus ? UnaryOperator.Negate : UnaryOperator.Plus, operand);
        }
        return ParseAtomWithPostfix(allowLabels: true);
    }

    private Expression ParseAtomWithPostfix(bool allowLabels) => ParsePostfix(ParseAtom(), allowLabels);

    private Expression ParsePostfix(Expression expression, bool allowLabels)
    {
        var outer = _nesting;
        while (true)
        {
            var position = Position.Of(Current);
            if (At(TokenKind.Dot))
            {
                InARow();
                Advance();
                expression = new PropertyAccess(position, expression, ExpectName("a property name"));
            }
            else if (At(TokenKind.LeftBracket))
            {
                InARow();
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
                _nesting = outer;
                return expression;
            }
        }
    }
}
