using System.Text.RegularExpressions;

namespace Graph.Import.Extraction;

/// <summary>
/// The capitalized words a page uses alone as the one who speaks: "Sutskever said", "Dwarkesh asks". Pages name a person
/// in full once and then by one of their names; a capitalized pair whose first or last word the page also uses this way
/// is a person's name even when the first-name lexicon does not know it. Found once per page, on first use.
/// </summary>
internal sealed partial class SpokenNames(string text)
{
    private HashSet<string>? words;

    public bool Contains(string word) => (words ??= Find(text)).Contains(word);

    private static HashSet<string> Find(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in AloneBeforeSpeech().Matches(text))
        {
            found.Add(match.Groups["word"].Value);
        }
        return found;
    }

    // A word not following another capitalized word ("Ilya Sutskever said" names in full, not alone), then a verb of speech.
    [GeneratedRegex(@"(?<![\p{L}'’\-])(?<!\p{Lu}[\p{L}'’\-]*[ \t])(?<word>\p{Lu}\p{Ll}+)[ \t]+(?:says|said|asks|asked|argues|argued|explains|explained|replies|replied|answers|answered|jokes|joked|recalls|recalled|admits|admitted|adds|added|notes|noted|tells|told|thinks|believes|warns|warned|writes|wrote|describes|described|points out|pointed out)\b")]
    private static partial Regex AloneBeforeSpeech();
}
