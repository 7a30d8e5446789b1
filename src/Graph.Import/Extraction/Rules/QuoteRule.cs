using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// Attributed quotations (<c>Ambrosino: “…”</c>, <c>“…,” says Ambrosino</c>, and <c>Ambrosino’s “…”</c> when
/// Ambrosino speaks in this source): a Quote the person SAID, FROM this page's source, SUPPORTING the theses of
/// the takeaway it sits in and any declared thesis it mentions. A pull quote (the quotation is the whole block) that
/// supports no thesis states one: its first sentence, which the source CLAIMS and the speaker HOLDS. Related bullets describe other sources, so
/// they are skipped; in Why it matters a possessive names a held idea (<see cref="QuotedThesisRule"/>), not speech.
/// </summary>
internal sealed partial class QuoteRule : IExtractionRule
{
    private const int IdWords = 12;
    private const int MinPointWords = 5;
    private const int MaxPointWords = 40;

    public void Apply(PageContext context)
    {
        var participants = context.Participants.Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        var blocks = context.Blocks().ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var (section, block) = blocks[i];
            if (section.Kind == SectionKind.Related || block.Kind == BlockKind.SourceLine)
            {
                continue;
            }
            var next = i + 1 < blocks.Count && blocks[i + 1].Section == section ? blocks[i + 1].Block : null;
            var sectionVoice = QuotesSectionVoice(context, section, block);
            var quotes = QuotedSpans.Find(block.Text);
            if (quotes.Count == 0 && sectionVoice is not null && block.Text.Trim() is { Length: > 0 } whole)
            {
                var start = block.Text.Length - block.Text.TrimStart().Length;
                quotes = [new QuotedSpan(start, start + whole.Length, whole)];
            }
            foreach (var quote in quotes)
            {
                var speakerId = Speaker(context, section, block, quote, participants) ?? SignedBelow(context, block, next) ?? sectionVoice;
                if (speakerId is null)
                {
                    continue;
                }
                var provenance = context.Provenance(section, block, PageContext.SentenceAt(block, quote.Start));
                var paraphrase = Attribution.SpeakerOf(block.Text, quote) is { Paraphrase: true };
                var quoteId = Quote(context, speakerId, quote.Content, paraphrase);
                context.Facts.Relationship(RelationshipTypes.Said, speakerId, quoteId, provenance);
                context.Facts.Relationship(RelationshipTypes.From, quoteId, context.SourceId, provenance);
                var supported = Supported(context, block, quote.Content).ToList();
                if (supported.Count == 0 && IsPullQuote(section, block, quote) && PointOf(quote.Content) is { } point)
                {
                    using var _ = context.Facts.Because("pull-quote", 0.6);
                    var thesisId = context.Thesis(point);
                    context.Facts.Relationship(RelationshipTypes.Claims, context.SourceId, thesisId, provenance);
                    context.Facts.Relationship(RelationshipTypes.Holds, speakerId, thesisId, provenance);
                    supported.Add(thesisId);
                }
                foreach (var thesisId in supported)
                {
                    context.Facts.Relationship(RelationshipTypes.Supports, quoteId, thesisId, provenance);
                }
            }
        }
    }

    // "## Notable quotes" over blockquotes that sign no name, on a page with one voice (its guest, else its speaker or
    // author): a page that collects quotes collects its voice's. Quotes signed or led by a name keep that name.
    private static string? QuotesSectionVoice(PageContext context, PageSection section, PageBlock block) =>
        block.Kind == BlockKind.Quote && QuotesHeading().IsMatch(section.Name) && context.Voices is [var voice] ? voice : null;

    [GeneratedRegex(@"(?i)^\W*(?:(?:key|notable|memorable|favou?rite|best|top|selected|standout)\s+)?(?:quotes|quotations|quotables|lines)\W*$")]
    private static partial Regex QuotesHeading();

    // A quotation set apart as its own block, with only its attribution around it, is a line the page chose to
    // stand for the speaker's view; a quotation inside prose is evidence for the prose, not a point of its own.
    /// <summary>Whether the block is one attributed pull quote, which this rule states as its speaker's point.</summary>
    public static bool IsAttributedPullQuote(PageSection section, PageBlock block) =>
        QuotedSpans.Find(block.Text) is [var quote] && IsPullQuote(section, block, quote) && Attribution.Speaker(block.Text, quote) is not null;

    private static bool IsPullQuote(PageSection section, PageBlock block, QuotedSpan quote) =>
        section.Kind is not (SectionKind.Related or SectionKind.WhyItMatters or SectionKind.KeyTakeaways)
        && (quote.Content.Length >= 0.7 * block.Text.Length || OnlySigned(block.Text, quote));

    // "“Evals are the spec.” — Maria Okafor, CEO of Brightline": a quotation with nothing around it but its signature
    // stands alone, however long the signer's title.
    private static bool OnlySigned(string text, QuotedSpan quote) =>
        text[..quote.Start].Trim().Trim('"', '“', '„').Length == 0
        && quote.End <= text.Length && text[quote.End..].Trim().TrimStart('"', '”') is var rest
        && rest.Length > 0 && rest[0] is '—' or '–' or '-' && SignatureLine().IsMatch(rest);

    // The quotation's first sentence, with the next when the first is too short to say anything alone.
    private static string? PointOf(string content)
    {
        var sentences = Sentences.Split(content);
        if (sentences.Count == 0)
        {
            return null;
        }
        var point = sentences[0].Text;
        if (point.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinPointWords && sentences.Count > 1)
        {
            point += " " + sentences[1].Text;
        }
        var words = point.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= MinPointWords and <= MaxPointWords ? PageContext.ThesisName(point) : null;
    }

    private static string? SignedBelow(PageContext context, PageBlock block, PageBlock? next) =>
        Signature(block, next) is { } name ? context.Person(name) : null;

    /// <summary>
    /// "“We're living through the open claw moment.”" over "Lex Fridman #491": the name that signs a block that is one
    /// quotation, on the line below it; null when <paramref name="next"/> is no signature.
    /// </summary>
    public static string? Signature(PageBlock block, PageBlock? next)
    {
        if (next is null || next.Lines.Count != 1 || block.Text.Length == 0 || block.Text[0] is not ('"' or '“' or '„') || QuotedSpans.Find(block.Text) is not [var quote]
            || quote.Content.Length < 0.9 * block.Text.Trim().Length - 2)
        {
            return null;
        }
        var signature = SignatureLine().Match(next.Text.Trim());
        return signature.Success ? signature.Groups["name"].Value : null;
    }

    private static string? Speaker(PageContext context, PageSection section, PageBlock block, QuotedSpan quote, HashSet<string> participants)
    {
        if (Attribution.Speaker(block.Text, quote) is { } speaker)
        {
            return context.Person(speaker);
        }
        if (section.Kind == SectionKind.WhyItMatters || Attribution.Possessor(block.Text, quote) is not { } possessor)
        {
            return null;
        }
        var personId = context.Person(possessor);
        return personId is not null && participants.Contains(personId) ? personId : null;
    }

    private static string Quote(PageContext context, string speakerId, string text, bool paraphrase)
    {
        // "“Most of the value is in the last mile,” says X": the comma before the attribution is the writer's, not the speaker's.
        text = text.TrimEnd().TrimEnd(',').TrimEnd();
        var speaker = context.Facts.NodeProperty(speakerId, "name") as string ?? speakerId;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(IdWords);
        var id = NodeIds.For(Labels.Quote, speaker + " " + string.Join(' ', words));
        return context.Facts.Node(Labels.Quote, id, PageContext.Props(("text", text), ("speaker", speaker), ("paraphrase", paraphrase ? true : null)));
    }

    private static IEnumerable<string> Supported(PageContext context, PageBlock block, string text)
    {
        var supported = context.BlockTheses.TryGetValue(block, out var theses) ? theses.ToList() : [];
        supported.AddRange(context.Mentions(text)
            .Where(m => m.Entry.Kind == EntityKind.Thesis)
            .Select(m => context.Thesis(m.Entry.Name)));
        return supported.Distinct();
    }

    // A name alone, or with what follows a name in a signature: "— Lex Fridman", "Lex Fridman #491", "Ada Lovelace, CEO".
    [GeneratedRegex(@"^(?:[—–-]\s*)?(?<name>\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,2})\s*(?:(?:,|#|\(|\||·)[^""“”]{0,60})?$")]
    private static partial Regex SignatureLine();
}
