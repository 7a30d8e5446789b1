using System.Text;

namespace Graph.Import;

/// <summary>
/// Comparison keys for names and phrases. <see cref="Fold"/> maps character for character (same length),
/// so offsets found in folded text are offsets in the original.
/// </summary>
internal static class TextKey
{
    /// <summary>Lower case, curly quotes and dashes made plain, odd spaces made plain; same length as the input.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(FoldChar(c));
        }
        return folded.ToString();
    }

    /// <summary>The key two spellings of one name share: folded, whitespace collapsed, outer quotes and punctuation trimmed.</summary>
    public static string Normalize(string text)
    {
        var folded = Fold(text);
        var collapsed = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = collapsed.Length > 0;
                continue;
            }
            if (space)
            {
                collapsed.Append(' ');
                space = false;
            }
            collapsed.Append(c);
        }
        return collapsed.ToString().Trim(TrimmedPunctuation);
    }

    /// <summary>"Shipper’s" -> "Shipper"; other text unchanged.</summary>
    public static string WithoutPossessive(string name)
    {
        var trimmed = name.TrimEnd();
        if (trimmed.Length > 2 && (trimmed.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
        {
            return trimmed[..^2];
        }
        if (trimmed.Length > 1 && (trimmed.EndsWith("s'", StringComparison.Ordinal) || trimmed.EndsWith("s’", StringComparison.Ordinal)))
        {
            return trimmed[..^1];
        }
        return trimmed;
    }

    /// <summary>Whether <paramref name="folded"/>[start..start+length) is a whole word run (no letter or digit on either side).</summary>
    public static bool IsWholeWord(string folded, int start, int length)
    {
        var before = start - 1;
        var after = start + length;
        return (before < 0 || !char.IsLetterOrDigit(folded[before]))
            && (after >= folded.Length || !char.IsLetterOrDigit(folded[after]));
    }

    private static readonly char[] TrimmedPunctuation = ['"', '\'', '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '*', '_', ' ', '-'];

    private static char FoldChar(char c) => c switch
    {
        '’' or '‘' or '‛' or '′' or '`' => '\'',
        '“' or '”' or '„' or '″' or '«' or '»' => '"',
        '–' or '—' or '‒' or '―' => '-',
        '\u00A0' or '\u2009' or '\u202F' or '\t' => ' ',
        _ => char.ToLowerInvariant(c),
    };
}
