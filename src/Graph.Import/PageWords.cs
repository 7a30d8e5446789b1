using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;

namespace Graph.Import;

/// <summary>
/// Every word a page's text can spell, hashed: the words of its raw Markdown, the same text with markup removed
/// (emphasis, escapes, HTML tags and entities can join or spell words that the raw text splits), its front matter
/// values as YAML decodes them, and its path (a page without a title is named after its file). Every name the rules look up on a page is made of these
/// words, so a wiki title with a word outside this set cannot change the page's facts (<see cref="TitleDependencies"/>).
/// </summary>
/// <remarks>Hashes are compared within one import run only; a collision only makes a title look relevant.</remarks>
internal sealed partial class PageWords
{
    private readonly int[] sorted;

    private PageWords(int[] sorted) => this.sorted = sorted;

    /// <summary>The distinct word hashes, each once.</summary>
    public ReadOnlySpan<int> All => sorted;

    public bool Contains(int word) => Array.BinarySearch(sorted, word) >= 0;

    /// <param name="yamlValues">
    /// Front matter values as YAML decoded them (escapes resolved): no rule looks a front matter value up as a wiki
    /// title today, but a key that missed one would leave a page stale, so they count.
    /// </param>
    public static PageWords Of(string text, string path, IEnumerable<string> yamlValues)
    {
        var words = new HashSet<int>();
        var folded = TextKey.Fold(text);
        Add(words, folded);
        if (text.AsSpan().IndexOfAny(Markup) >= 0)
        {
            AddJoiningMarkup(words, text, folded);
        }
        if (text.AsSpan().IndexOfAny('<', '&') >= 0)
        {
            var decoded = WebUtility.HtmlDecode(HtmlTag().Replace(text, ""));
            AddJoiningMarkup(words, decoded, TextKey.Fold(decoded));
        }
        Add(words, TextKey.Fold(path));
        foreach (var value in yamlValues)
        {
            Add(words, TextKey.Fold(value));
        }
        var sorted = words.ToArray();
        Array.Sort(sorted);
        return new PageWords(sorted);
    }

    /// <summary>The hashes of the words in <paramref name="text"/>, in order: runs of letters and digits, folded.</summary>
    public static List<int> Hashes(string text)
    {
        var hashes = new List<int>();
        var folded = TextKey.Fold(text);
        for (var (start, end) = NextWord(folded, 0); start < folded.Length; (start, end) = NextWord(folded, end))
        {
            hashes.Add(Hash(folded.AsSpan(start, end - start)));
        }
        return hashes;
    }

    public static int Hash(ReadOnlySpan<char> foldedWord) => string.GetHashCode(foldedWord, StringComparison.Ordinal);

    // Emphasis, strike-through, code and escapes: Markdig drops them, so "Tea**ms**" reads "Teams".
    private static readonly SearchValues<char> Markup = SearchValues.Create("*_~`\\");

    private static void Add(HashSet<int> words, string folded)
    {
        for (var (start, end) = NextWord(folded, 0); start < folded.Length; (start, end) = NextWord(folded, end))
        {
            words.Add(Hash(folded.AsSpan(start, end - start)));
        }
    }

    // The words again with the markup characters inside them skipped (this only ever adds words). Fold keeps
    // offsets, so the markup test reads the unfolded text, where a backtick is still a backtick.
    private static void AddJoiningMarkup(HashSet<int> words, string text, string folded)
    {
        var word = ArrayPool<char>.Shared.Rent(folded.Length);
        var length = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                word[length++] = folded[i];
            }
            else if ((i == folded.Length || !Markup.Contains(text[i])) && length > 0)
            {
                words.Add(Hash(word.AsSpan(0, length)));
                length = 0;
            }
        }
        ArrayPool<char>.Shared.Return(word);
    }

    // The next run of letters and digits at or after from: (start, end), or start == text.Length when none is left.
    private static (int Start, int End) NextWord(string text, int from)
    {
        var start = from;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }
        return (start, end);
    }

    [GeneratedRegex(@"</?[A-Za-z][^<>]*>")]
    private static partial Regex HtmlTag();
}
