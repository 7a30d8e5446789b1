using System.Text.RegularExpressions;

namespace Graph.Import.Extraction;

/// <summary>
/// Who a quotation is attributed to, from the words around it: <c>Ambrosino: “…”</c> (speaker),
/// <c>“…,” says Ambrosino</c> or <c>“…” — Ambrosino</c> (speaker), <c>Shipper’s “…”</c> (possessive: the idea is theirs).
/// </summary>
internal static partial class Attribution
{
    public static string? Speaker(string text, QuotedSpan quote)
    {
        var before = text[..quote.Start];
        var colon = ColonBefore().Match(before);
        if (colon.Success)
        {
            return colon.Groups["name"].Value;
        }
        var after = SaysAfter().Match(text[quote.End..]);
        return after.Success ? after.Groups["name"].Value : null;
    }

    public static string? Possessor(string text, QuotedSpan quote)
    {
        var match = PossessiveBefore().Match(text[..quote.Start]);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private const string Name = @"(?<name>\p{Lu}[\p{L}.\-]*(?:\s+(?:\p{Lu}[\p{L}.\-]*|van|von|de|der)){0,3})";

    [GeneratedRegex(Name + @"\s*:\s*$")]
    private static partial Regex ColonBefore();

    [GeneratedRegex(Name + @"['’]s\s+(?:(?:line|point|claim|phrase|framing|take|thesis|argument|idea|words)\s+)?$")]
    private static partial Regex PossessiveBefore();

    [GeneratedRegex(@"^[,.]?\s*(?:(?:—|–|--)\s*|(?:says|said|writes|wrote|argues|argued|puts it|notes|noted)\s+)" + Name + @"(?![\p{L}'’])")]
    private static partial Regex SaysAfter();
}
