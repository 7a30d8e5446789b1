namespace Graph.Import.Extraction;

/// <summary>
/// Finds vocabulary names in text: whole words, case- and quote-insensitive, longest first, never overlapping,
/// so "Lenny’s Podcast" is a show and not a mention of Lenny. Runs of whole words in the text are looked up
/// as spellings, so the cost follows the text, not the size of the vocabulary.
/// </summary>
internal static class MentionScanner
{
    /// <param name="skipSources">Leave Source titles out, to read the names inside a title.</param>
    public static IReadOnlyList<Mention> Scan(Vocabulary vocabulary, string text, bool skipSources = false)
    {
        if (vocabulary.Count == 0 || text.Length == 0)
        {
            return [];
        }
        var folded = FoldFlat(text);
        var layers = vocabulary.Layers;
        var maxWords = 0;
        for (var layer = 0; layer < layers.Length; layer++)
        {
            maxWords = Math.Max(maxWords, layers[layer].MaxWords);
        }
        List<(VocabularyForm Form, int Layer, int At)>? candidates = null; // most texts name nothing
        // Which layers still have a spelling that starts with the words read so far from this position.
        Span<bool> open = layers.Length <= 64 ? stackalloc bool[layers.Length] : new bool[layers.Length];
        for (var at = 0; at < folded.Length; at++)
        {
            if (!char.IsLetterOrDigit(folded[at]) || (at > 0 && char.IsLetterOrDigit(folded[at - 1])))
            {
                continue;
            }
            // Every run of 1..maxWords whole words from here, looked up as a spelling: cost follows the text.
            open.Fill(true);
            var end = at;
            for (var words = 1; words <= maxWords && end < folded.Length; words++)
            {
                while (end < folded.Length && !char.IsLetterOrDigit(folded[end]))
                {
                    end++;
                }
                while (end < folded.Length && char.IsLetterOrDigit(folded[end]))
                {
                    end++;
                }
                var span = folded.AsSpan(at, end - at);
                var any = false;
                for (var layer = 0; layer < layers.Length; layer++)
                {
                    if (!open[layer] || layers[layer].MaxWords < words || !layers[layer].StartsSpelling(span))
                    {
                        open[layer] = false;
                        continue;
                    }
                    any = true;
                    var spelled = layers[layer].FormsSpelled(span);
                    for (var f = 0; f < spelled.Count; f++)
                    {
                        var form = spelled[f];
                        if (!skipSources || form.Entry.Kind != EntityKind.Source)
                        {
                            (candidates ??= []).Add((form, layer, at));
                        }
                    }
                }
                if (!any)
                {
                    break;
                }
            }
        }
        for (var layer = 0; layer < layers.Length; layer++)
        {
            var irregular = layers[layer].IrregularForms;
            for (var f = 0; f < irregular.Count; f++)
            {
                var form = irregular[f];
                if (skipSources && form.Entry.Kind == EntityKind.Source)
                {
                    continue;
                }
                for (var at = folded.IndexOf(form.Folded, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(form.Folded, at + 1, StringComparison.Ordinal))
                {
                    if (TextKey.IsWholeWord(folded, at, form.Folded.Length))
                    {
                        (candidates ??= []).Add((form, layer, at));
                    }
                }
            }
        }
        if (candidates is null)
        {
            return [];
        }
        // Longest spelling first, then spelling, then the topmost layer, then position: the first claim on text wins.
        candidates.Sort((a, b) =>
            a.Form.Folded.Length != b.Form.Folded.Length ? b.Form.Folded.Length.CompareTo(a.Form.Folded.Length)
            : string.CompareOrdinal(a.Form.Folded, b.Form.Folded) is var byText and not 0 ? byText
            : a.Layer != b.Layer ? a.Layer.CompareTo(b.Layer)
            : a.Form.Entry.Kind != b.Form.Entry.Kind ? a.Form.Entry.Kind.CompareTo(b.Form.Entry.Kind)
            : a.At.CompareTo(b.At));
        var taken = new bool[text.Length];
        var mentions = new List<Mention>();
        foreach (var (form, layer, at) in candidates)
        {
            if (IsTaken(taken, at, form.Folded.Length) || IsShadowed(layers, layer, form))
            {
                continue;
            }
            Array.Fill(taken, true, at, form.Folded.Length);
            mentions.Add(new Mention(at, form.Folded.Length, form.Entry));
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    // A spelling a higher layer redeclares (or hides) belongs to that layer's entry, not to this one.
    private static bool IsShadowed(Vocabulary[] layers, int layer, VocabularyForm form)
    {
        for (var above = 0; above < layer; above++)
        {
            if (layers[above].Shadows(form.Entry.Kind, form.Folded))
            {
                return true;
            }
        }
        return false;
    }

    // Folded (TextKey.Fold), and since forms are single-spaced, any whitespace char made ' ': same length as the text.
    private static string FoldFlat(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var folded = TextKey.FoldChar(source[i]);
            span[i] = char.IsWhiteSpace(folded) ? ' ' : folded;
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
