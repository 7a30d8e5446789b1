namespace Graph.Import.Extraction;

/// <summary>
/// Finds vocabulary names in text: whole words, case- and quote-insensitive, longest first, never overlapping,
/// so "Lenny’s Podcast" is a show and not a mention of Lenny.
/// </summary>
internal static class MentionScanner
{
    public static IReadOnlyList<Mention> Scan(Vocabulary vocabulary, string text)
    {
        if (vocabulary.Forms.Count == 0 || text.Length == 0)
        {
            return [];
        }
        var folded = Collapse(TextKey.Fold(text));
        var taken = new bool[text.Length];
        var mentions = new List<Mention>();
        foreach (var form in vocabulary.Forms)
        {
            for (var at = folded.IndexOf(form.Folded, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(form.Folded, at + 1, StringComparison.Ordinal))
            {
                if (!TextKey.IsWholeWord(folded, at, form.Folded.Length) || IsTaken(taken, at, form.Folded.Length))
                {
                    continue;
                }
                Array.Fill(taken, true, at, form.Folded.Length);
                mentions.Add(new Mention(at, form.Folded.Length, form.Entry));
            }
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    // Whitespace runs are rare inside block text, but forms are single-spaced: map any whitespace char to ' '.
    private static string Collapse(string folded) => string.Create(folded.Length, folded, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsWhiteSpace(source[i]) ? ' ' : source[i];
        }
    });

    private static bool IsTaken(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }
        return false;
    }
}
