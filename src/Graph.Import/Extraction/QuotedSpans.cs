namespace Graph.Import.Extraction;

/// <summary>
/// Finds quotations: curly “…”, low „…” and straight "…" pairs. Curly quotes nest; straight ones pair in order.
/// An unclosed quotation is ignored rather than swallowing the rest of the text.
/// </summary>
internal static class QuotedSpans
{
    public static IReadOnlyList<QuotedSpan> Find(string text)
    {
        var spans = new List<QuotedSpan>();
        var curlyOpen = -1;
        var depth = 0;
        var straightOpen = -1;
        for (var i = 0; i < text.Length; i++)
        {
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
        return spans;
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
