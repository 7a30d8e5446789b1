using System.Text.RegularExpressions;

namespace Graph.Import.Extraction;

/// <summary>
/// Who a quotation is attributed to, from the words around it: <c>Ambrosino: “…”</c> or <c>Ambrosino, paraphrased: “…”</c> (speaker),
/// <c>“…,” says Ambrosino</c> or <c>“…” — Ambrosino</c> (speaker), <c>Shipper’s “…”</c> (possessive: the idea is theirs).
/// </summary>
internal static partial class Attribution
{
    public static string? Speaker(string text, QuotedSpan quote) => SpeakerOf(text, quote)?.Name;

    /// <summary>The speaker, and whether the note marks the words as a paraphrase (<c>Ambrosino, paraphrased: “…”</c>).</summary>
    public static (string Name, bool Paraphrase)? SpeakerOf(string text, QuotedSpan quote)
    {
        var colon = ColonBefore().Match(text[..quote.Start]);
        if (colon.Success)
        {
            return (colon.Groups["name"].Value, colon.Groups["paraphrase"].Success);
        }
        var after = SaysAfter().Match(text[quote.End..]);
        return after.Success ? (after.Groups["name"].Value.TrimEnd('.'), false) : null;
    }

    public static string? Possessor(string text, QuotedSpan quote)
    {
        var match = PossessiveBefore().Match(text[..quote.Start]);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private const string Name = @"(?<name>\p{Lu}[\p{L}.\-]*(?:\s+(?:\p{Lu}[\p{L}.\-]*|van|von|de|der)){0,3})";

    [GeneratedRegex(Name + @"(?<paraphrase>\s*\((?:paraphrased?|paraphrasing)\)|,\s*(?:paraphrased?|paraphrasing))?\s*:\s*$")]
    private static partial Regex ColonBefore();

    [GeneratedRegex(Name + @"['’]s\s+(?:(?:line|point|claim|phrase|framing|take|thesis|argument|idea|words)\s+)?$")]
    private static partial Regex PossessiveBefore();

    // "“…,” says Ambrosino" anywhere; "“…” — Ambrosino" only as a byline closing the sentence.
    [GeneratedRegex(@"^[,.]?\s*(?:(?:says|said|writes|wrote|argues|argued|notes|noted)\s+" + Name + @"(?![\p{L}'’])|(?:—|–|--)\s*" + Name + @"\s*(?:[.;,)]|$))")]
    private static partial Regex SaysAfter();
}
