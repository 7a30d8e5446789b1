using Graph.Core.Cypher;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Tests.Lexing;

public sealed class LexerTests
{
    private static List<TokenKind> Kinds(string text) => Lexer.Tokenize(text).Select(token => token.Kind).ToList();

    [Fact]
    public void Punctuation_and_operators()
    {
        Assert.Equal(
            [TokenKind.LeftParen, TokenKind.Identifier, TokenKind.RightParen, TokenKind.LessThan, TokenKind.Minus, TokenKind.LeftBracket,
             TokenKind.Colon, TokenKind.Identifier, TokenKind.Star, TokenKind.Integer, TokenKind.DotDot, TokenKind.Integer, TokenKind.RightBracket,
             TokenKind.Minus, TokenKind.GreaterThan, TokenKind.End],
            Kinds("(a)<-[:T*1..3]->"));
        Assert.Equal([TokenKind.NotEquals, TokenKind.NotEquals, TokenKind.LessOrEqual, TokenKind.GreaterOrEqual, TokenKind.RegexMatch, TokenKind.PlusEquals, TokenKind.End],
            Kinds("<> != <= >= =~ +="));
    }

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("0x2A", 42L)]
    [InlineData("0o52", 42L)]
    [InlineData("1_000", 1000L)]
    public void Integers_decode(string text, long expected)
    {
        var token = Lexer.Tokenize(text)[0];
        Assert.Equal(TokenKind.Integer, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".25", 0.25)]
    [InlineData("1e3", 1000.0)]
    [InlineData("2.5E-1", 0.25)]
    public void Floats_decode(string text, double expected)
    {
        var token = Lexer.Tokenize(text)[0];
        Assert.Equal(TokenKind.Float, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Theory]
    [InlineData("'plain'", "plain")]
    [InlineData("\"double\"", "double")]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"'a\nb'", "a\nb")]
    [InlineData(@"'\u00e9'", "é")]
    [InlineData(@"'back\\slash'", @"back\slash")]
    public void Strings_unescape(string text, string expected)
    {
        var token = Lexer.Tokenize(text)[0];
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Fact]
    public void Escaped_identifiers_and_parameters()
    {
        var tokens = Lexer.Tokenize("`my name` $param $`odd one`");
        Assert.Equal(TokenKind.EscapedIdentifier, tokens[0].Kind);
        Assert.Equal("my name", tokens[0].Value);
        Assert.Equal(TokenKind.Parameter, tokens[1].Kind);
        Assert.Equal("param", tokens[1].Value);
        Assert.Equal("odd one", tokens[2].Value);
    }

    [Fact]
    public void Comments_are_skipped_and_positions_count_lines()
    {
        var tokens = Lexer.Tokenize("// first\nMATCH /* x\n y */ (n)\r\n  RETURN n");
        var match = tokens[0];
        Assert.Equal(("MATCH", 2, 1), (match.Text, match.Line, match.Column));
        var paren = tokens[1];
        Assert.Equal((3, 7), (paren.Line, paren.Column));
        var ret = tokens.Single(token => token.IsKeyword("return"));
        Assert.Equal((4, 3), (ret.Line, ret.Column));
    }

    [Theory]
    [InlineData("RETURN 'open", 1, 8)]
    [InlineData("RETURN\n  'bad \\q escape'", 2, 3)]
    [InlineData("RETURN 1 /* never closed", 1, 10)]
    [InlineData("RETURN 12abc", 1, 8)]
    [InlineData("RETURN 99999999999999999999", 1, 8)]
    [InlineData("RETURN #", 1, 8)]
    public void Bad_input_reports_line_and_column(string text, int line, int column)
    {
        var error = Assert.Throws<CypherException>(() => Lexer.Tokenize(text));
        Assert.Equal(CypherErrorCodes.SyntaxError, error.Code);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains($"line {line}, column {column}", error.Message, StringComparison.Ordinal);
    }
}
