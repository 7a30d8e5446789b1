namespace Graph.Import.Extraction;

/// <summary>
/// Finds quotations: curly “…”, low „…” and straight "…" pairs. Curly quotes nest; straight ones pair in order.
/// An unclosed quotation is ignored rather than swallowing the rest of the text.
/// </summary>
internal static class QuotedSpans
{
    public static IReadOnlyList<QuotedSpan> Find(string text)
    {
        // An opening mark never closed is taken as a literal character and the text scanned again.
        var literal = new HashSet<int>();
        while (true)
        {
            var (spans, unclosed) = Scan(text, literal);
            if (unclosed < 0)
            {
                return spans;
            }
            literal.Add(unclosed);
        }
    }

    private static (List<QuotedSpan> Spans, int Unclosed) Scan(string text, HashSet<int> literal)
    {
        var spans = new List<QuotedSpan>();
        var curlyOpen = -1;
        var depth = 0;
        var straightOpen = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (literal.Contains(i))
            {
                continue;
            }
            switch (text[i])
            {
                case '“' or '„':
                    if (depth++ == 0)
                    {
                        curlyOpen = i;
                    }
                    break;
                case '”' when depth > 0:
                    if (--depth == 0)
                    {
                        Add(spans, text, curlyOpen, i);
                    }
                    break;
                case '"' when depth == 0:
                    if (straightOpen < 0)
                    {
                        straightOpen = i;
                    }
                    else
                    {
                        Add(spans, text, straightOpen, i);
                        straightOpen = -1;
                    }
                    break;
            }
        }
        return (spans, depth > 0 ? curlyOpen : straightOpen);
    }

    private static void Add(List<QuotedSpan> spans, string text, int open, int close)
    {
        var content = text[(open + 1)..close].Trim();
        if (content.Length > 0)
        {
            spans.Add(new QuotedSpan(open, close + 1, content));
        }
    }
}
