using System.Buffers;

namespace Graph.Import.Extraction;

/// <summary>
/// The capitalized words a page uses alone as the one who speaks: "Sutskever said", "Dwarkesh asks". Pages name a person
/// in full once and then by one of their names; a capitalized pair whose first or last word the page also uses this way
/// is a person's name even when the first-name lexicon does not know it. Found once per page, on first use.
/// </summary>
internal sealed class SpokenNames(string text)
{
    private static readonly string[] Verbs =
    [
        "says", "said", "asks", "asked", "argues", "argued", "explains", "explained", "replies", "replied", "answers", "answered",
        "jokes", "joked", "recalls", "recalled", "admits", "admitted", "adds", "added", "notes", "noted", "tells", "told",
        "thinks", "believes", "warns", "warned", "writes", "wrote", "describes", "described", "points out", "pointed out",
    ];

    // " said", " asks": found in one vectorized pass; the word before each is then read back by hand.
    private static readonly SearchValues<string> SpaceThenVerb = SearchValues.Create(Verbs.Select(v => " " + v).ToArray(), StringComparison.Ordinal);

    private HashSet<string>? words;

    public bool Contains(string word) => (words ??= Find(text)).Contains(word);

    private static HashSet<string> Find(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var span = text.AsSpan();
        for (var at = 0; at < span.Length;)
        {
            var next = span[at..].IndexOfAny(SpaceThenVerb);
            if (next < 0)
            {
                break;
            }
            var space = at + next;
            at = space + 1;
            if (IsVerbAt(span, space + 1) && WordBefore(span, space) is { } word)
            {
                found.Add(word);
            }
        }
        return found;
    }

    // A whole verb starts here: "said", not "saidin".
    private static bool IsVerbAt(ReadOnlySpan<char> text, int start)
    {
        foreach (var verb in Verbs)
        {
            if (text[start..].StartsWith(verb, StringComparison.Ordinal) && (start + verb.Length == text.Length || !char.IsLetter(text[start + verb.Length])))
            {
                return true;
            }
        }
        return false;
    }

    // "Quenby" in "… Quenby said": one capitalized word of letters, not after another capitalized word ("Zorvath Quenby
    // said" names in full, not alone).
    private static string? WordBefore(ReadOnlySpan<char> text, int space)
    {
        var start = space;
        while (start > 0 && char.IsLower(text[start - 1]))
        {
            start--;
        }
        if (start == 0 || start == space || !char.IsUpper(text[start - 1]))
        {
            return null;
        }
        start--;
        if (start > 0 && IsNamePart(text[start - 1]))
        {
            return null;
        }
        if (start > 1 && text[start - 1] is ' ' or '\t')
        {
            var previous = start - 1;
            while (previous > 0 && IsNamePart(text[previous - 1]))
            {
                previous--;
            }
            if (previous < start - 1 && char.IsUpper(text[previous]))
            {
                return null;
            }
        }
        return text[start..space].ToString();
    }

    private static bool IsNamePart(char c) => char.IsLetter(c) || c is '\'' or '’' or '-';
}
