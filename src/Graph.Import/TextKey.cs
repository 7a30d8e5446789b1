namespace Graph.Import;

/// <summary>
/// Comparison keys for names and phrases. <see cref="Fold"/> maps character for character (same length),
/// so offsets found in folded text are offsets in the original.
/// </summary>
internal static class TextKey
{
    /// <summary>Lower case, curly quotes and dashes made plain, odd spaces made plain; same length as the input.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (folded, text) =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            folded[i] = FoldChar(text[i]);
        }
    });

    /// <summary>The key two spellings of one name share: folded, whitespace collapsed, outer quotes and punctuation trimmed.</summary>
    public static string Normalize(string text)
    {
        // One pass into one buffer: names are looked up by this key for every mention on every page.
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            if (char.IsWhiteSpace(folded))
            {
                space = length > 0;
                continue;
            }
            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }
            buffer[length++] = folded;
        }
        var key = buffer[..length].Trim(TrimmedPunctuation);
        // A key spelled as its own input (the usual case for keys of keys) is that string, not a copy.
        return key.SequenceEqual(text) ? text : new string(key);
    }

    /// <summary>Runs of whitespace as one space, none at either end; the input itself when it is already so (most lines).</summary>
    public static string CollapseWhitespace(string text)
    {
        var collapsed = text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]);
        for (var i = 1; collapsed && i < text.Length; i++)
        {
            collapsed = !char.IsWhiteSpace(text[i]) || (text[i] == ' ' && text[i - 1] != ' ');
        }
        return collapsed || text.Length == 0 ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
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

    /// <summary>One character as <see cref="Fold"/> maps it.</summary>
    public static char FoldChar(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
        < '\u0080' and not '`' and not '\t' => c, // most text is ASCII: one range test, no table
        '’' or '‘' or '‛' or '′' or '`' => '\'',
        '“' or '”' or '„' or '″' or '«' or '»' => '"',
        '–' or '—' or '‒' or '―' => '-',
        '\u00A0' or '\u2009' or '\u202F' or '\t' => ' ',
        _ => char.ToLowerInvariant(c),
    };
}
