namespace Graph.Import.Parsing;

/// <summary>
/// A Markdown pipe table, which the parser leaves as a paragraph of "| a | b |" lines. Under a points heading each
/// row states one point ("| Hiring | Small teams ship better agents |"): its first cell of a sentence's length, since
/// a table of points often opens its rows with a number or a one-word theme.
/// </summary>
internal static class TableRows
{
    private const int MinPointWords = 3;

    /// <summary>Whether these lines are a pipe table: two or more lines that each open and close on a pipe.</summary>
    public static bool IsTable(IReadOnlyList<TextLine> lines) =>
        lines.Count >= 2 && lines.All(l => l.Text.Trim() is { Length: >= 3 } t && t[0] == '|' && t[^1] == '|');

    /// <summary>The table's rows as points, each the row's first cell of three or more words; the header row is left out.</summary>
    public static IEnumerable<PageBlock> Points(IReadOnlyList<TextLine> lines)
    {
        var rows = lines.Where(l => !IsSeparator(l.Text)).ToList();
        var hasHeader = lines.Count > 1 && IsSeparator(lines[1].Text);
        foreach (var row in hasHeader ? rows.Skip(1) : rows)
        {
            var cells = row.Text.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
            if (cells.FirstOrDefault(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinPointWords) is { } point)
            {
                var text = string.Join(". ", cells.Where(c => c.Length > 0).Select(c => c.TrimEnd('.')));
                yield return new PageBlock(BlockKind.ListItem, [row with { Text = text }], Lead: point);
            }
        }
    }

    private static bool IsSeparator(string line) => line.Trim() is { Length: > 0 } t && t.All(c => c is '|' or '-' or ':' or ' ');
}
