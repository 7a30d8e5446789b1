using System.Security.Cryptography;
using System.Text;

namespace Graph.Import;

/// <summary>
/// Which of the wiki's page titles a page's facts can depend on. The rules only ever look up names made of the
/// page's own words, so a title (or alias) is relevant to a page when all its words are among the page's words
/// (a leading "the" aside: "The Pragmatic Engineer" resolves "Pragmatic Engineer"). Adding, removing or
/// retitling one page then changes the import key of only the pages that could spell its title, instead of every
/// page's; the vocabulary file still keys every page, since its rules (last names, shows, theses) reach further.
/// </summary>
internal sealed class TitleDependencies
{
    private static readonly int The = PageWords.Hash("the");

    private readonly IReadOnlyList<VocabularyEntry> titles;
    // Each spelling under its rarest word (titles of a series share their common words), with the words it also needs.
    private readonly Dictionary<int, List<(int Entry, int[] OtherWords)>> byRarestWord = [];
    // Spellings with no word at all (punctuation only) can be anywhere.
    private readonly List<int> everywhere = [];

    /// <param name="titles">The catalog layer over the vocabulary: one entry per page title, with its aliases.</param>
    public TitleDependencies(IReadOnlyList<VocabularyEntry> titles)
    {
        this.titles = titles;
        var spellings = new List<(int Entry, int[] Words)>();
        var frequency = new Dictionary<int, int>();
        for (var entry = 0; entry < titles.Count; entry++)
        {
            foreach (var spelling in titles[entry].Spellings)
            {
                var words = PageWords.Hashes(spelling);
                if (words.Count > 1 && words[0] == The)
                {
                    words.RemoveAt(0);
                }
                var distinct = words.Distinct().ToArray();
                spellings.Add((entry, distinct));
                foreach (var word in distinct)
                {
                    frequency[word] = frequency.GetValueOrDefault(word) + 1;
                }
            }
        }
        foreach (var (entry, words) in spellings)
        {
            if (words.Length == 0)
            {
                everywhere.Add(entry);
                continue;
            }
            var rarest = words.MinBy(word => frequency[word]);
            if (!byRarestWord.TryGetValue(rarest, out var list))
            {
                byRarestWord[rarest] = list = [];
            }
            list.Add((entry, words.Where(word => word != rarest).ToArray()));
        }
    }

    public static TitleDependencies None { get; } = new([]);

    /// <summary>A fingerprint of the titles this page can spell: equal across runs exactly when none of them changed.</summary>
    public string Fingerprint(PageWords words)
    {
        var relevant = RelevantTo(words);
        if (relevant.Count == 0)
        {
            return "";
        }
        var lines = relevant.Select(entry => entry.Canonical()).Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..16];
    }

    /// <summary>The title entries whose name or an alias is made only of these words.</summary>
    public IReadOnlyList<VocabularyEntry> RelevantTo(PageWords words)
    {
        var relevant = new HashSet<int>(everywhere);
        foreach (var word in words.All)
        {
            if (!byRarestWord.TryGetValue(word, out var spellings))
            {
                continue;
            }
            foreach (var (entry, otherWords) in spellings)
            {
                if (!relevant.Contains(entry) && otherWords.All(words.Contains))
                {
                    relevant.Add(entry);
                }
            }
        }
        return relevant.Order().Select(entry => titles[entry]).ToList();
    }
}
