using Graph.Cypher.Ast;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>Patterns: <c>p = (a:L {k: v})-[r:T*1..3]->(b)</c>, shortestPath((a)-[*]-(b)).</summary>
internal sealed partial class Parser
{
    private List<PathPattern> ParsePatternList()
    {
        var patterns = new List<PathPattern>();
        do
        {
            patterns.Add(ParsePathPattern());
        }
        while (TryToken(TokenKind.Comma));
        return patterns;
    }

    private PathPattern ParsePathPattern()
    {
        var position = Position.Of(Current);
        string? pathVariable = null;
        if (AtName && PeekToken().Kind == TokenKind.Equals)
        {
            pathVariable = ExpectName("a path variable");
            Advance();
        }
        var shortest = ShortestKind.None;
        if ((AtKeyword("shortestPath") || AtKeyword("allShortestPaths")) && PeekToken().Kind == TokenKind.LeftParen)
        {
            shortest = AtKeyword("shortestPath") ? ShortestKind.Shortest : ShortestKind.All;
            Advance();
            Advance();
        }
        else if (AtKeyword("SHORTEST") || AtKeyword("ANY") && PeekToken().Kind != TokenKind.LeftParen)
        {
            throw Unsupported(Current, "Quantified path selectors (SHORTEST, ANY)");
        }
        var start = ParseNodePattern();
        var steps = new List<PatternStep>();
        while (At(TokenKind.Minus) || At(TokenKind.LessThan))
        {
            if (steps.Count == MaxPathLength)
            {
                throw SyntaxErrors.At(Current, $"Invalid input {Current.Describe()}: a path pattern may have at most {MaxPathLength} relationships");
            }
            var relationship = ParseRelationshipPattern();
            steps.Add(new PatternStep(relationship, ParseNodePattern()));
        }
        if (shortest != ShortestKind.None)
        {
            Expect(TokenKind.RightParen, "')'");
            if (steps.Count != 1)
            {
                throw SyntaxErrors.At(position.Line, position.Column, position.Offset,
                    "shortestPath(...) requires a pattern with exactly one relationship, e.g. shortestPath((a)-[*]-(b))");
            }
        }
        return new PathPattern(position, pathVariable, start, steps, shortest);
    }

    private NodePattern ParseNodePattern()
    {
        var open = Expect(TokenKind.LeftParen, "'(' to start a node pattern");
        string? variable = null;
        if (AtName)
        {
            variable = ExpectName("a variable name");
        }
        var labels = new List<string>();
        while (TryToken(TokenKind.Colon))
        {
            labels.Add(ExpectName("a label name"));
            if (At(TokenKind.Pipe))
            {
                throw Unsupported(Current, "Label expressions with '|'");
            }
        }
        var properties = ParsePatternProperties();
        if (AtKeyword("WHERE"))
        {
            throw Unsupported(Current, "WHERE inside a node pattern");
        }
        Expect(TokenKind.RightParen, labels.Count == 0 && properties is null ? "a variable, ':', '{' or ')'" : "')'");
        return new NodePattern(Position.Of(open), variable, labels, properties);
    }

    private Expression? ParsePatternProperties()
    {
        if (At(TokenKind.LeftBrace))
        {
            return ParseMapLiteral();
        }
        if (At(TokenKind.Parameter))
        {
            var token = Advance();
            return new Parameter(Position.Of(token), (string)token.Value!);
        }
        return null;
    }

    private RelationshipPattern ParseRelationshipPattern()
    {
        var start = Current;
        var incoming = TryToken(TokenKind.LessThan);
        Expect(TokenKind.Minus, "'-'");
        string? variable = null;
        var types = new List<string>();
        Expression? properties = null;
        VariableLength? length = null;
        if (TryToken(TokenKind.LeftBracket))
        {
            if (AtName)
            {
                variable = ExpectName("a variable name");
            }
            if (TryToken(TokenKind.Colon))
            {
                types.Add(ExpectName("a relationship type"));
                while (TryToken(TokenKind.Pipe))
                {
                    TryToken(TokenKind.Colon);
                    types.Add(ExpectName("a relationship type"));
                }
            }
            if (TryToken(TokenKind.Star))
            {
                length = ParseLength();
            }
            properties = ParsePatternProperties();
            Expect(TokenKind.RightBracket, "']'");
        }
        Expect(TokenKind.Minus, "'-'");
        var outgoing = TryToken(TokenKind.GreaterThan);
        // <-[]-> is read as either direction, like -[]-.
        var direction = incoming == outgoing ? RelationshipDirection.Both : incoming ? RelationshipDirection.Incoming : RelationshipDirection.Outgoing;
        return new RelationshipPattern(Position.Of(start), variable, types, properties, direction, length);
    }

    private VariableLength ParseLength()
    {
        long? min = null;
        long? max = null;
        if (At(TokenKind.Integer))
        {
            min = LengthBound();
            if (!At(TokenKind.DotDot))
            {
                return new VariableLength(min, min);
            }
        }
        if (TryToken(TokenKind.DotDot))
        {
            if (At(TokenKind.Integer))
            {
                max = LengthBound();
            }
        }
        return new VariableLength(min, max);
    }

    // The lexer leaves an integer past long.MaxValue without a value: a syntax error here, as in an expression.
    private long LengthBound()
    {
        var token = Advance();
        return token.Value as long? ?? throw SyntaxErrors.At(token, $"Invalid input '{token.Text}': integer is too large");
    }
}
