namespace Graph.Import.Extraction;

/// <summary>
/// Vocabulary names match case-insensitively, but a one-word product or company written in lower case is an ordinary
/// word: "excel at" is not Excel, "a linear plan" is not Linear, "the cursor" is not Cursor.
/// </summary>
internal static class MentionCase
{
    public static bool IsWritten(string text, Mention mention)
    {
        if (mention.Entry.Kind is not (EntityKind.Tool or EntityKind.Organization))
        {
            return true;
        }
        var written = text.AsSpan(mention.Start, mention.Length);
        var lowerCaseWord = !written.ContainsAnyExcept(LowerCase);
        return !lowerCaseWord || mention.Entry.Spellings.Any(s => !s.Any(char.IsUpper));
    }

    private static readonly System.Buffers.SearchValues<char> LowerCase = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
}
