using System.Globalization;
using System.Text;

namespace Graph.Cypher.Tests.Tck;

/// <summary>A node as the TCK writes it: <c>(:A:B {k: 1})</c>.</summary>
internal sealed record TckNode(IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the TCK writes it: <c>[:T {k: 1}]</c>.</summary>
internal sealed record TckRelationship(string Type, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path as the TCK writes it: <c>&lt;(:A)-[:T]-&gt;(:B)&gt;</c>; Forward[i] tells the i-th relationship's direction.</summary>
internal sealed record TckPath(IReadOnlyList<TckNode> Nodes, IReadOnlyList<TckRelationship> Relationships, IReadOnlyList<bool> Forward);

/// <summary>Parses the TCK's value notation (result cells and parameters) into values.</summary>
internal sealed class TckValues
{
    private readonly string _text;
    private int _position;

    private TckValues(string text) => _text = text;

    public static object? Parse(string text)
    {
        var parser = new TckValues(text.Trim());
        var value = parser.Value();
        parser.Skip();
        if (parser._position != parser._text.Length)
        {
            throw new FormatException($"Unexpected '{parser._text[parser._position..]}' in TCK value '{text}'");
        }
        return value;
    }

    private char Peek => _position < _text.Length ? _text[_position] : '\0';

    private void Skip()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private void Expect(char c)
    {
        Skip();
        if (Peek != c)
        {
            throw new FormatException($"Expected '{c}' at {_position} in '{_text}'");
        }
        _position++;
    }

    private object? Value()
    {
        Skip();
        switch (Peek)
        {
            case '\'' or '"':
                return QuotedString();
            case '[':
                return _position + 1 < _text.Length && _text[_position + 1] == ':' ? Relationship() : List();
            case '{':
                return Map();
            case '(':
                return Node();
            case '<':
                return Path();
        }
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(Peek) || Peek is '.' or '-' or '+' or '_'))
        {
            _position++;
        }
        var word = _text[start.._position];
        switch (word)
        {
            case "null":
                return null;
            case "true":
                return true;
            case "false":
                return false;
            case "NaN":
                return double.NaN;
            case "Inf" or "Infinity":
                return double.PositiveInfinity;
            case "-Inf" or "-Infinity":
                return double.NegativeInfinity;
        }
        if (long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }
        if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        throw new FormatException($"Unknown TCK value '{word}' in '{_text}'");
    }

    private string QuotedString()
    {
        var quote = _text[_position++];
        var value = new StringBuilder();
        while (Peek != quote)
        {
            if (_position >= _text.Length)
            {
                throw new FormatException($"Unclosed string in '{_text}'");
            }
            if (Peek == '\\' && _position + 1 < _text.Length)
            {
                _position++;
                value.Append(_text[_position] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var c => c });
                _position++;
                continue;
            }
            value.Append(_text[_position++]);
        }
        _position++;
        return value.ToString();
    }

    private List<object?> List()
    {
        Expect('[');
        var items = new List<object?>();
        Skip();
        if (Peek == ']')
        {
            _position++;
            return items;
        }
        do
        {
            items.Add(Value());
            Skip();
        }
        while (Peek == ',' && _position++ >= 0);
        Expect(']');
        return items;
    }

    private Dictionary<string, object?> Map()
    {
        Expect('{');
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        Skip();
        if (Peek == '}')
        {
            _position++;
            return map;
        }
        do
        {
            var key = Name();
            Expect(':');
            map[key] = Value();
            Skip();
        }
        while (Peek == ',' && _position++ >= 0);
        Expect('}');
        return map;
    }

    private string Name()
    {
        Skip();
        if (Peek == '`')
        {
            var end = _text.IndexOf('`', _position + 1);
            var quoted = _text[(_position + 1)..end];
            _position = end + 1;
            return quoted;
        }
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(Peek) || Peek == '_'))
        {
            _position++;
        }
        return _text[start.._position];
    }

    private TckNode Node()
    {
        Expect('(');
        var labels = new List<string>();
        Skip();
        while (Peek == ':')
        {
            _position++;
            labels.Add(Name());
            Skip();
        }
        var properties = Peek == '{' ? Map() : new Dictionary<string, object?>();
        Expect(')');
        return new TckNode(labels, properties);
    }

    private TckRelationship Relationship()
    {
        Expect('[');
        Expect(':');
        var type = Name();
        Skip();
        var properties = Peek == '{' ? Map() : new Dictionary<string, object?>();
        Expect(']');
        return new TckRelationship(type, properties);
    }

    private TckPath Path()
    {
        Expect('<');
        var nodes = new List<TckNode> { Node() };
        var relationships = new List<TckRelationship>();
        var forward = new List<bool>();
        Skip();
        while (Peek is '-' or '<')
        {
            var backward = Peek == '<';
            _position += backward ? 2 : 1;
            relationships.Add(Relationship());
            Expect('-');
            Skip();
            var isForward = Peek == '>';
            if (isForward)
            {
                _position++;
            }
            forward.Add(!backward && isForward);
            nodes.Add(Node());
            Skip();
        }
        Expect('>');
        return new TckPath(nodes, relationships, forward);
    }
}
