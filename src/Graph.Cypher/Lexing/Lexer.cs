using System.Globalization;
using System.Text;
using Graph.Cypher.Parsing;

namespace Graph.Cypher.Lexing;

/// <summary>
/// Turns query text into tokens, skipping whitespace and comments. Decodes literals here so the parser
/// sees values: strings unescaped (both quote kinds), integers (decimal, 0x hex, 0o octal), floats.
/// </summary>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly List<Token> _tokens = [];
    private int _position;
    private int _line = 1;
    private int _lineStart;

    private Lexer(string text) => _text = text;

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var lexer = new Lexer(text);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (true)
        {
            SkipTrivia();
            if (_position >= _text.Length)
            {
                _tokens.Add(new Token(TokenKind.End, "", null, _position, _line, _position - _lineStart + 1));
                return;
            }
            _tokens.Add(Next());
        }
    }

    private char Peek(int ahead = 0) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\n')
            {
                _position++;
                _line++;
                _lineStart = _position;
            }
            else if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var (line, column, offset) = (_line, _position - _lineStart + 1, _position);
                _position += 2;
                while (!(Peek() == '*' && Peek(1) == '/'))
                {
                    if (_position >= _text.Length)
                    {
                        throw SyntaxErrors.At(line, column, offset, "Failed to parse comment: '/*' is never closed with '*/'");
                    }
                    Advance();
                }
                _position += 2;
            }
            else
            {
                return;
            }
        }
    }

    private void Advance()
    {
        if (_text[_position] == '\n')
        {
            _line++;
            _lineStart = _position + 1;
        }
        _position++;
    }

    private Token Next()
    {
        var start = _position;
        var line = _line;
        var column = _position - _lineStart + 1;
        var c = _text[_position];
        Token Make(TokenKind kind, int length, object? value = null)
        {
            _position = start + length;
            return new Token(kind, _text.Substring(start, length), value, start, line, column);
        }

        if (char.IsLetter(c) || c == '_')
        {
            var end = start;
            while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == '_'))
            {
                end++;
            }
            return Make(TokenKind.Identifier, end - start);
        }
        if (char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(1))))
        {
            return Number(start, line, column);
        }
        switch (c)
        {
            case '\'' or '"':
                return QuotedString(start, line, column);
            case '`':
                return EscapedName(start, line, column);
            case '$':
                return ParameterToken(start, line, column);
            case '(': return Make(TokenKind.LeftParen, 1);
            case ')': return Make(TokenKind.RightParen, 1);
            case '[': return Make(TokenKind.LeftBracket, 1);
            case ']': return Make(TokenKind.RightBracket, 1);
            case '{': return Make(TokenKind.LeftBrace, 1);
            case '}': return Make(TokenKind.RightBrace, 1);
            case ',': return Make(TokenKind.Comma, 1);
            case '.': return Peek(1) == '.' ? Make(TokenKind.DotDot, 2) : Make(TokenKind.Dot, 1);
            case ':': return Make(TokenKind.Colon, 1);
            case ';': return Make(TokenKind.Semicolon, 1);
            case '|': return Make(TokenKind.Pipe, 1);
            case '+': return Peek(1) == '=' ? Make(TokenKind.PlusEquals, 2) : Make(TokenKind.Plus, 1);
            case '-': return Make(TokenKind.Minus, 1);
            case '*': return Make(TokenKind.Star, 1);
            case '/': return Make(TokenKind.Slash, 1);
            case '%': return Make(TokenKind.Percent, 1);
            case '^': return Make(TokenKind.Caret, 1);
            case '=': return Peek(1) == '~' ? Make(TokenKind.RegexMatch, 2) : Make(TokenKind.Equals, 1);
            case '!' when Peek(1) == '=': return Make(TokenKind.NotEquals, 2);
            case '<':
                return Peek(1) switch
                {
                    '>' => Make(TokenKind.NotEquals, 2),
                    '=' => Make(TokenKind.LessOrEqual, 2),
                    _ => Make(TokenKind.LessThan, 1),
                };
            case '>': return Peek(1) == '=' ? Make(TokenKind.GreaterOrEqual, 2) : Make(TokenKind.GreaterThan, 1);
            default:
                throw SyntaxErrors.At(line, column, start, $"Invalid input '{c}': unexpected character");
        }
    }

    private Token Number(int start, int line, int column)
    {
        var end = start;
        if (_text[start] == '0' && end + 1 < _text.Length && (_text[end + 1] is 'x' or 'X' or 'o' or 'O'))
        {
            var hex = _text[end + 1] is 'x' or 'X';
            end += 2;
            while (end < _text.Length && (char.IsAsciiHexDigit(_text[end]) || char.IsLetterOrDigit(_text[end]) || _text[end] == '_'))
            {
                end++;
            }
            var digits = _text[(start + 2)..end].Replace("_", "", StringComparison.Ordinal);
            _position = end;
            var text = _text[start..end];
            try
            {
                var value = hex
                    ? (long)ulong.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
                    : Convert.ToInt64(digits, 8);
                if (value < 0)
                {
                    // Only -0x8000000000000000 is representable: the parser folds the minus sign.
                    return value == long.MinValue
                        ? new Token(TokenKind.Integer, text, null, start, line, column)
                        : throw new OverflowException();
                }
                return new Token(TokenKind.Integer, text, value, start, line, column);
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                throw SyntaxErrors.At(line, column, start, $"Invalid input '{text}': integer literal is not valid or too large");
            }
        }
        var isFloat = false;
        while (end < _text.Length && (char.IsDigit(_text[end]) || _text[end] == '_'))
        {
            end++;
        }
        if (end < _text.Length && _text[end] == '.' && end + 1 < _text.Length && char.IsDigit(_text[end + 1]))
        {
            isFloat = true;
            end++;
            while (end < _text.Length && char.IsDigit(_text[end]))
            {
                end++;
            }
        }
        if (end < _text.Length && _text[end] is 'e' or 'E')
        {
            var exponent = end + 1;
            if (exponent < _text.Length && _text[exponent] is '+' or '-')
            {
                exponent++;
            }
            if (exponent < _text.Length && char.IsDigit(_text[exponent]))
            {
                isFloat = true;
                end = exponent;
                while (end < _text.Length && char.IsDigit(_text[end]))
                {
                    end++;
                }
            }
        }
        if (end < _text.Length && (char.IsLetter(_text[end]) || _text[end] == '_'))
        {
            while (end < _text.Length && char.IsLetterOrDigit(_text[end]))
            {
                end++;
            }
            throw SyntaxErrors.At(line, column, start, $"Invalid input '{_text[start..end]}': not a valid number");
        }
        _position = end;
        var literal = _text[start..end];
        var clean = literal.Replace("_", "", StringComparison.Ordinal);
        if (isFloat)
        {
            var number = double.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(number))
            {
                throw SyntaxErrors.At(line, column, start, $"Invalid input '{literal}': floating point number is too large");
            }
            return new Token(TokenKind.Float, literal, number, start, line, column);
        }
        if (!long.TryParse(clean, NumberStyles.None, CultureInfo.InvariantCulture, out var integer))
        {
            // 9223372036854775808 is only valid negated; the parser folds the minus sign.
            if (clean == "9223372036854775808")
            {
                return new Token(TokenKind.Integer, literal, null, start, line, column);
            }
            throw SyntaxErrors.At(line, column, start, $"Invalid input '{literal}': integer is too large");
        }
        return new Token(TokenKind.Integer, literal, integer, start, line, column);
    }

    private Token QuotedString(int start, int line, int column)
    {
        var quote = _text[start];
        var value = new StringBuilder();
        _position = start + 1;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw SyntaxErrors.At(line, column, start, $"Failed to parse string literal: the string starting here is never closed with {quote}");
            }
            var c = _text[_position];
            if (c == quote)
            {
                _position++;
                break;
            }
            if (c == '\\')
            {
                value.Append(Escape(line, column, start));
                continue;
            }
            value.Append(c);
            Advance();
        }
        return new Token(TokenKind.String, _text[start.._position], value.ToString(), start, line, column);
    }

    private string Escape(int line, int column, int start)
    {
        var next = Peek(1);
        _position += 2;
        switch (next)
        {
            case '\\': return "\\";
            case '\'': return "'";
            case '"': return "\"";
            case '`': return "`";
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case 'b': return "\b";
            case 'f': return "\f";
            case 'u' or 'U':
                var length = next == 'u' ? 4 : 8;
                if (_position + length <= _text.Length
                    && int.TryParse(_text.AsSpan(_position, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    _position += length;
                    return char.ConvertFromUtf32(code);
                }
                break;
        }
        throw SyntaxErrors.At(line, column, start, $"Invalid input '\\{next}': not a valid escape sequence in a string literal");
    }

    private Token EscapedName(int start, int line, int column)
    {
        var name = new StringBuilder();
        _position = start + 1;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw SyntaxErrors.At(line, column, start, "Failed to parse escaped name: '`' is never closed");
            }
            if (_text[_position] == '`')
            {
                if (Peek(1) == '`')
                {
                    name.Append('`');
                    _position += 2;
                    continue;
                }
                _position++;
                break;
            }
            name.Append(_text[_position]);
            Advance();
        }
        return new Token(TokenKind.EscapedIdentifier, _text[start.._position], name.ToString(), start, line, column);
    }

    private Token ParameterToken(int start, int line, int column)
    {
        _position = start + 1;
        string name;
        if (Peek() == '`')
        {
            name = (string)EscapedName(_position, line, column).Value!;
        }
        else
        {
            var end = _position;
            while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == '_'))
            {
                end++;
            }
            if (end == _position)
            {
                throw SyntaxErrors.At(line, column, start, "Invalid input '$': expected a parameter name");
            }
            name = _text[_position..end];
            _position = end;
        }
        return new Token(TokenKind.Parameter, _text[start.._position], name, start, line, column);
    }
}
