using System.Net;
using System.Text.RegularExpressions;

namespace Graph.Import;

/// <summary>
/// Every word a page's text can spell, hashed: the words of its raw Markdown, the same text with markup removed
/// (emphasis, escapes, HTML tags and entities can join or spell words that the raw text splits), and its path
/// (a page without a title is named after its file). Every name the rules look up on a page is made of these
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

    public static PageWords Of(string text, string path)
    {
        var words = new HashSet<int>();
        Add(words, text);
        if (text.AsSpan().IndexOfAny(MarkupChars) >= 0)
        {
            Add(words, WithoutMarkup(text));
        }
        Add(words, path);
        var sorted = words.ToArray();
        Array.Sort(sorted);
        return new PageWords(sorted);
    }

    /// <summary>The hashes of the words in <paramref name="text"/>, in order: runs of letters and digits, folded.</summary>
    public static List<int> Hashes(string text)
    {
        var hashes = new List<int>();
        ForEachWord(TextKey.Fold(text), hashes.Add);
        return hashes;
    }

    public static int Hash(ReadOnlySpan<char> foldedWord) => string.GetHashCode(foldedWord, StringComparison.Ordinal);

    private static void Add(HashSet<int> words, string text) => ForEachWord(TextKey.Fold(text), hash => words.Add(hash));

    private static void ForEachWord(string folded, Action<int> add)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                add(Hash(folded.AsSpan(start, i - start)));
                start = -1;
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> MarkupChars = System.Buffers.SearchValues.Create("*_~`\\<&");

    private static string WithoutMarkup(string text)
    {
        var decoded = WebUtility.HtmlDecode(HtmlTag().Replace(text, ""));
        return Emphasis().Replace(decoded, "");
    }

    [GeneratedRegex(@"</?[A-Za-z][^<>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"[*_~`\\]")]
    private static partial Regex Emphasis();
}
