namespace Graph.Import.Extraction;

/// <summary>
/// Finds quotations: curly “…” and low „…” pairs (nested ones count once, as the outermost), then straight "…"
/// pairs outside them, in order. An unclosed mark is ignored rather than swallowing the rest of the text.
/// Linear in the text, whatever its marks: pages can have very long lines.
/// </summary>
internal static class QuotedSpans
{
    public static IReadOnlyList<QuotedSpan> Find(string text)
    {
        var curly = OutermostCurlyPairs(text);
        var spans = new List<QuotedSpan>();
        var straightOpen = -1;
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (next < curly.Count && i == curly[next].Open)
            {
                Add(spans, text, curly[next].Open, curly[next].Close);
                i = curly[next].Close;
                next++;
                continue;
            }
            if (text[i] != '"')
            {
                continue;
            }
            if (straightOpen < 0)
            {
                straightOpen = i;
            }
            else
            {
                Add(spans, text, straightOpen, i);
                straightOpen = -1;
            }
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static List<(int Open, int Close)> OutermostCurlyPairs(string text)
    {
        var open = new Stack<int>();
        var pairs = new List<(int Open, int Close)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '“' or '„')
            {
                open.Push(i);
            }
            else if (text[i] == '”' && open.Count > 0)
            {
                pairs.Add((open.Pop(), i));
            }
        }
        pairs.Sort((a, b) => a.Open.CompareTo(b.Open));
        var outermost = new List<(int Open, int Close)>();
        foreach (var pair in pairs)
        {
            if (outermost.Count == 0 || pair.Open > outermost[^1].Close)
            {
                outermost.Add(pair);
            }
        }
        return outermost;
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
