namespace Graph.Import.Parsing;

internal enum BlockKind
{
    /// <summary>The <c>Source: file (url) — show kind with person, role</c> line.</summary>
    SourceLine,
    Paragraph,
    ListItem,
    Quote,
    Code,

    /// <summary>An HTML block such as <c>&lt;!-- url: … --&gt;</c>, kept as written.</summary>
    Html,
}

/// <summary>One line of a block as plain text (Markdown markup removed) with its 1-based source line.</summary>
internal sealed record TextLine(int Line, string Text);

/// <summary>
/// A paragraph, list item, quote or code block as plain text, line by line, so any sentence in it can be
/// traced to the source line it starts on. <see cref="Lead"/> is the <c>**bold lead**</c> when the block opens with one.
/// </summary>
internal sealed record PageBlock(BlockKind Kind, IReadOnlyList<TextLine> Lines, string? Lead = null, int Depth = 0)
{
    private string? text;
    private IReadOnlyList<Extraction.Sentence>? sentences;

    // A copy made with `with { Lines = … }` must join its own lines: the cached text is not copied.
    private PageBlock(PageBlock original)
    {
        Kind = original.Kind;
        Lines = original.Lines;
        Lead = original.Lead;
        Depth = original.Depth;
    }

    /// <summary>1-based line the block starts on.</summary>
    public int Line => Lines.Count > 0 ? Lines[0].Line : 0;

    /// <summary>All lines joined by single spaces.</summary>
    public string Text => text ??= string.Join(' ', Lines.Select(l => l.Text.Trim()).Where(t => t.Length > 0));

    /// <summary>The sentences of <see cref="Text"/>, split once: most rules read a block sentence by sentence.</summary>
    public IReadOnlyList<Extraction.Sentence> Sentences => sentences ??= Extraction.Sentences.Split(Text);

    /// <summary>The source line of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public int LineAt(int offset)
    {
        var position = 0;
        foreach (var line in Lines)
        {
            var length = line.Text.Trim().Length;
            if (length == 0)
            {
                continue;
            }
            if (offset < position + length + 1)
            {
                return line.Line;
            }
            position += length + 1;
        }
        return Lines.Count > 0 ? Lines[^1].Line : 0;
    }
}
