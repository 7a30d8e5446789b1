namespace Graph.Import.Parsing;

/// <summary>
/// What a page may be before it is parsed: not empty, at most <see cref="MaxBytes"/>, lines of at most
/// <see cref="MaxLineLength"/> characters, and lists or quotes nested at most <see cref="MaxNesting"/> deep.
/// Real notes are far inside these; a page outside them is a mistake (a dump, a generated file) and is refused
/// with the line, instead of costing the whole import its time or memory, or Markdig its depth limit.
/// </summary>
internal static class PageLimits
{
    /// <summary>Counted in bytes read, never from the length the file reports (<see cref="Files.RegularFile"/>).</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    public const int MaxLineLength = 100_000;

    public const int MaxNesting = 64;

    /// <exception cref="PageFormatException">The text is blank, has a too long line, or nests too deep.</exception>
    public static void CheckText(string text)
    {
        if (string.IsNullOrWhiteSpace(text.Replace('\uFEFF', ' ')))
        {
            throw new PageFormatException(null, "the page is empty: no title, no text");
        }
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }
            var span = text.AsSpan(start, end - start).TrimEnd('\r');
            if (span.Length > MaxLineLength)
            {
                throw new PageFormatException(line, $"the line is {span.Length:N0} characters long; lines over {MaxLineLength:N0} are refused");
            }
            var nesting = Nesting(span);
            if (nesting > MaxNesting)
            {
                throw new PageFormatException(line, $"lists or quotes nested about {nesting} levels deep; more than {MaxNesting} are refused");
            }
            start = end + 1;
            line++;
        }
    }

    // An upper estimate of how deep a line sits: each quote marker or list bullet opens a level, and nested
    // lists need at least two columns of indentation per level.
    private static int Nesting(ReadOnlySpan<char> line)
    {
        var markers = 0;
        var columns = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == ' ')
            {
                columns++;
                i++;
            }
            else if (line[i] == '\t')
            {
                columns += 4;
                i++;
            }
            else if (line[i] == '>')
            {
                markers++;
                i++;
            }
            else if (line[i] is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')
            {
                markers++;
                i += 2;
            }
            else
            {
                break;
            }
        }
        return markers + columns / 2;
    }
}
