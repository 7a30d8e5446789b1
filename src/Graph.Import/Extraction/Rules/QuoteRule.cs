using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// Attributed quotations (<c>Ambrosino: “…”</c>, <c>“…,” says Ambrosino</c>, and <c>Ambrosino’s “…”</c> when
/// Ambrosino speaks in this source): a Quote the person SAID, FROM this page's source, SUPPORTING the theses of
/// the takeaway it sits in and any declared thesis it mentions. Related bullets describe other sources, so
/// they are skipped; in Why it matters a possessive names a held idea (<see cref="QuotedThesisRule"/>), not speech.
/// </summary>
internal sealed class QuoteRule : IExtractionRule
{
    private const int IdWords = 12;

    public void Apply(PageContext context)
    {
        var participants = context.Participants.Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        foreach (var (section, block) in context.Blocks())
        {
            if (section.Kind == SectionKind.Related || block.Kind == BlockKind.SourceLine)
            {
                continue;
            }
            foreach (var quote in QuotedSpans.Find(block.Text))
            {
                var speakerId = Speaker(context, section, block, quote, participants);
                if (speakerId is null)
                {
                    continue;
                }
                var provenance = context.Provenance(section, block, PageContext.SentenceAt(block, quote.Start));
                var paraphrase = Attribution.SpeakerOf(block.Text, quote) is { Paraphrase: true };
                var quoteId = Quote(context, speakerId, quote.Content, paraphrase);
                context.Facts.Relationship(RelationshipTypes.Said, speakerId, quoteId, provenance);
                context.Facts.Relationship(RelationshipTypes.From, quoteId, context.SourceId, provenance);
                foreach (var thesisId in Supported(context, block, quote.Content))
                {
                    context.Facts.Relationship(RelationshipTypes.Supports, quoteId, thesisId, provenance);
                }
            }
        }
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
}
