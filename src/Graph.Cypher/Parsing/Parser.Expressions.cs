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
}
