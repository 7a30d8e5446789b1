namespace Graph.Cypher.Storage.Csv;

/// <summary>
/// Reads CSV records (RFC 4180): fields separated by the delimiter, records by LF or CRLF; a field in double quotes may
/// hold the delimiter, line breaks and doubled quotes. Blank lines between records are skipped. The fields of the
/// current record are spans over one reused buffer, valid until the next <see cref="Read"/>.
/// </summary>
internal sealed class CsvReader(TextReader reader, char delimiter)
{
    private const int End = -1;

    private readonly char[] _buffer = new char[1 << 16];
    private readonly List<(int Start, int Length)> _fields = [];
    private char[] _record = new char[256];
    private int _length;
    private int _position;
    private int _filled;
    private int _line = 1;

    /// <summary>The line the current record starts on (1-based).</summary>
    public int Line { get; private set; }

    public int FieldCount => _fields.Count;

    public ReadOnlySpan<char> this[int field] => _record.AsSpan(_fields[field].Start, _fields[field].Length);

    /// <summary>
    /// Reads the next record; false at the end of the input, or with an error (an unclosed quote, text after a closing
    /// quote) naming where it is.
    /// </summary>
    public bool Read(out string? error)
    {
        error = null;
        _fields.Clear();
        _length = 0;
        var c = Next();
        while (c is '\n' or '\r')
        {
            LineBreak(c);
            c = Next();
        }
        if (c == End)
        {
            return false;
        }
        Line = _line;
        while (true)
        {
            var start = _length;
            if (c == '"')
            {
                var opened = _line;
                while (true)
                {
                    c = Next();
                    if (c == End)
                    {
                        error = $"column {_fields.Count + 1}: the quote opened on line {opened} is never closed";
                        return false;
                    }
                    if (c == '"')
                    {
                        if (Peek() != '"')
                        {
                            c = Next();
                            break;
                        }
                        Next();
                    }
                    else if (c == '\n')
                    {
                        _line++;
                    }
                    Append((char)c);
                }
                if (c != delimiter && c is not ('\n' or '\r' or End))
                {
                    error = $"column {_fields.Count + 1}: '{(char)c}' after a closing quote (a quote inside a quoted field is written \"\")";
                    return false;
                }
            }
            else
            {
                while (c != delimiter && c is not ('\n' or '\r' or End))
                {
                    Append((char)c);
                    c = Next();
                }
            }
            _fields.Add((start, _length - start));
            if (c == delimiter)
            {
                c = Next();
                continue;
            }
            LineBreak(c);
            return true;
        }
    }

    /// <summary>Counts the line break just read, consuming the LF of a CRLF.</summary>
    private void LineBreak(int c)
    {
        if (c == End)
        {
            return;
        }
        if (c == '\r' && Peek() == '\n')
        {
            Next();
        }
        _line++;
    }

    private void Append(char c)
    {
        if (_length == _record.Length)
        {
            Array.Resize(ref _record, _record.Length * 2);
        }
        _record[_length++] = c;
    }

    private int Next() => _position < _filled || Fill() ? _buffer[_position++] : End;

    private int Peek() => _position < _filled || Fill() ? _buffer[_position] : End;

    private bool Fill()
    {
        _filled = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _filled > 0;
    }
}
