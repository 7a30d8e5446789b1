namespace Graph.Import.Extraction;

/// <summary>
/// Splits prose into sentences: after '.', '!' or '?' (and any closing quotes or brackets) followed by a space and
/// a capital, digit, opening quote or a heading's '#' (a page saved as one line keeps its "## Heading" marks). Never
/// inside a quotation, never after a common abbreviation or an initial.
/// </summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "vs", "etc", "dr", "mr", "mrs", "ms", "st", "cf", "approx", "no", "jr", "sr", "inc", "co", "ltd",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        var quoteDepth = 0;
        var straightOpen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int period;
            if (c is '“' or '„')
            {
                quoteDepth++;
                continue;
            }
            if (c == '”' || (c == '"' && straightOpen))
            {
                // A quotation that ends with its own full stop ends the sentence too: “… last week.” The …
                quoteDepth = c == '”' ? Math.Max(0, quoteDepth - 1) : quoteDepth;
                straightOpen = c != '"' && straightOpen;
                if (quoteDepth > 0 || straightOpen || i == 0 || text[i - 1] is not ('.' or '!' or '?'))
                {
                    continue;
                }
                period = i - 1;
            }
            else if (c == '"')
            {
                straightOpen = true;
                continue;
            }
            else if (c is '.' or '!' or '?' && quoteDepth == 0 && !straightOpen)
            {
                period = i;
            }
            else
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && text[end] is '”' or '"' or '’' or ')' or ']' or '\'' or '.' or '!' or '?')
            {
                end++;
            }
            if (end >= text.Length || !char.IsWhiteSpace(text[end]) || !StartsSentence(text, end) || IsAbbreviation(text, period))
            {
                continue;
            }
            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool StartsSentence(string text, int whitespace)
    {
        var next = whitespace;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        return next < text.Length && (char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '“' or '"' or '‘' or '(' or '[' or '*' or '#');
    }

    private static bool IsAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }
        var word = text[wordStart..period];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        var leading = 0;
        while (start + leading < end && char.IsWhiteSpace(text[start + leading]))
        {
            leading++;
        }
        var sentence = text[(start + leading)..end].TrimEnd();
        if (sentence.Length > 0)
        {
            sentences.Add(new Sentence(start + leading, sentence));
        }
    }
}
