using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// "X argues that …" sentences anywhere on the page: the clause after "that" (up to the next clause: ", and", "but",
/// or the sentence's end; not one that opens with a condition or a setting, "that, for most software, …") is a thesis the source CLAIMS and X
/// HOLDS (X a person: by the vocabulary, the page's names, or name shape). "He argues that …" is the page's single
/// guest or author when it has exactly one.
/// </summary>
internal sealed partial class ArguesThatRule : IExtractionRule
{
    private const int MaxThesisWords = 30;

    public void Apply(PageContext context)
    {
        foreach (var (section, block) in context.Blocks())
        {
            if (section.Kind == Parsing.SectionKind.Related || !block.Text.Contains(" that ", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var sentence in Sentences.Split(block.Text))
            {
                foreach (Match match in ArguesThat().Matches(sentence.Text))
                {
                    var holder = Holder(context, match.Groups["who"].Value);
                    var clause = PageContext.ThesisName(match.Groups["claim"].Value);
                    var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                    if (holder is null || words is < 3 or > MaxThesisWords)
                    {
                        continue;
                    }
                    var provenance = context.Provenance(section, block, sentence);
                    // A thesis the page already names in the clause ("argues that specification matters") is that thesis.
                    var named = context.Mentions(clause).FirstOrDefault(m => m.Entry.Kind == EntityKind.Thesis);
                    var thesisId = context.Thesis(named?.Entry.Name ?? clause);
                    context.Facts.Relationship(RelationshipTypes.Claims, context.SourceId, thesisId, provenance);
                    context.Facts.Relationship(RelationshipTypes.Holds, holder, thesisId, provenance);
                }
            }
        }
    }

    private static string? Holder(PageContext context, string who)
    {
        if (Pronoun().IsMatch(who))
        {
            var voices = context.Voices.Distinct().ToList();
            return voices.Count == 1 ? voices[0] : null;
        }
        return context.Person(who);
    }

    [GeneratedRegex(@"(?<who>\b(?:[Hh]e|[Ss]he|[Tt]hey)\b|\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2})\s+(?:also\s+)?(?:argues|argued|believes|believed|contends|claims|insists|maintains|predicts|warns|thinks|says|said|explains|notes|points out|emphasizes|stresses)\s+that,?\s+(?!(?:for|in|at|on|with|by|when|if|as|once|after|before|while|since|unless|although)\s)(?<claim>[^;:]+?)(?=,?\s+(?:and|but|which|so|while|because|as)\s|[.;!?—–]|$)")]
    private static partial Regex ArguesThat();

    [GeneratedRegex(@"^(?:he|she|they)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();
}
