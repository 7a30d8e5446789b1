namespace Graph.Bench.Import.Corpus;

/// <summary>
/// Whether an extracted thesis says a gold thesis: most of the content words of the shorter one appear in the other
/// (plural "s" and case ignored), and at least two do unless the shorter has fewer.
/// </summary>
public static class ThesisWording
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "this", "with", "are", "was", "were", "is", "be", "been", "but", "not", "from", "into",
        "their", "they", "its", "it", "you", "your", "our", "has", "have", "had", "can", "will", "more", "than", "what",
        "when", "how", "why", "who", "all", "any", "about", "over", "just", "also", "only", "very", "most", "less",
    };

    public static bool Matches(string gold, string extracted)
    {
        var a = Words(gold);
        var b = Words(extracted);
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = shorter.Count(longer.Contains);
        return shared >= Math.Min(2, shorter.Count) && shared >= 0.5 * shorter.Count && shared >= 0.25 * longer.Count;
    }

    private static HashSet<string> Words(string text) => CorpusGold.Key(text)
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Where(w => w.Length >= 3 && !Stop.Contains(w))
        .Select(w => w.Length > 3 && w.EndsWith('s') ? w[..^1] : w)
        .ToHashSet(StringComparer.Ordinal);
}
