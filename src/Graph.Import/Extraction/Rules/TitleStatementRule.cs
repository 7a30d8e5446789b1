using System.Text.RegularExpressions;
using Graph.Core.Model;

using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// A title that makes a statement states the page's headline point: "Marc Andreessen: The real AI boom hasn't even
/// started yet", "Every agent needs a human | Dan Shipper". Each part of the title between its separators (": ", " | ",
/// " — ") that states something, and does not name who speaks or ask ("How …", "Why …"), is claimed and held by the
/// page's voices. Only the titles of pages saved from the web: a wiki note's own heading or front matter names the note,
/// and a title read off the address or file name has lost its punctuation.
/// </summary>
internal sealed partial class TitleStatementRule : IExtractionRule
{
    private const int MinWords = 3;
    private const int MaxWords = 20;

    public void Apply(PageContext context)
    {
        if (context.Identity.TitleRule.Rule is not ("title-line" or "saved-metadata"))
        {
            return;
        }
        var title = context.Identity.Title;
        foreach (var part in Separator().Split(title).Select(p => WithoutSpeaker(context, p.Trim())))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is < MinWords or > MaxWords || part.EndsWith('?') || Asks().IsMatch(part) || Recording().IsMatch(part)
                || !(Statements.IsStatement(part) || ThesisVerb().IsMatch(part)))
            {
                continue;
            }
            var name = PageContext.ThesisName(part);
            using var _ = context.Facts.Because("title-statement", 0.5);
            TakeawaysRule.Claim(context, context.Thesis(name), context.Provenance("Title", context.TitleLine ?? 1, title));
        }
    }

    // "Dario Amodei on why …" -> "why …": the part after a person the page names (asked without making one).
    private static string WithoutSpeaker(PageContext context, string part) =>
        PersonCues.TitleLeadName(part) is var (name, about) && context.Facts.Names(Labels.Person).Contains(name, StringComparer.Ordinal) ? about : part;

    [GeneratedRegex(@"\s*(?::\s|\s[|—–-]\s)\s*")]
    private static partial Regex Separator();

    // "A rational conversation on where AI is going", "People by WTF w/ X": the title of the recording, not its claim.
    [GeneratedRegex(@"(?i)^(?:\S+\s+){0,4}?(?:conversation|interview|episode|podcast|talk|chat|discussion|transcript|notes|summary|w/)\b")]
    private static partial Regex Recording();

    // "How Anthropic ships", "Why we are near the end", "Inside the mind of", "From ChatGPT to Uber": a topic, not a claim.
    [GeneratedRegex(@"(?i)^(?:how|why|what|when|where|who|which|inside|from|on|about|a conversation|an interview|interview|conversation|episode|part|chapter|notes|summary|lessons|takeaways)\b")]
    private static partial Regex Asks();

    // Present-tense verbs a headline states a point with, beside the copulas and auxiliaries.
    [GeneratedRegex(@"(?i)\b(?:needs|makes|beats|wins|matters|changes|kills|eats|replaces|works|breaks|takes|becomes|remains|means|arrives|ends)\b")]
    private static partial Regex ThesisVerb();
}
