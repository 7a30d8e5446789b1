using System.Text.RegularExpressions;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// People an intro names in prose, for pages without a Source line that says who is in them (clipped pages,
/// summaries): "interview between Scott Belsky &amp; Lenny", "CEO Dan Shipper argues", "Rohan Paul (@rohanpaul_ai)".
/// Bylines and the other cues of pages from any site are <see cref="PeopleRule"/>'s. Only these cues count, and each name must pass <see cref="PersonNameShape"/> (or the
/// vocabulary), so shows, tools and companies in the same places stay what they are.
/// </summary>
internal sealed partial class IntroPeopleRule : IExtractionRule
{
    private const string Name = @"\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){0,2}";

    public void Apply(PageContext context)
    {
        foreach (var block in context.Page.Intro.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Quote).Take(3))
        {
            foreach (var (match, role) in Cues(block.Text))
            {
                foreach (var group in new[] { match.Groups["a"], match.Groups["b"] }.Where(g => g.Success))
                {
                    if (context.Person(group.Value) is { } personId)
                    {
                        var sentence = PageContext.SentenceAt(block, group.Index);
                        context.Named(personId, role, context.Provenance(context.Page.Intro.Name, block.LineAt(sentence.Start), sentence.Text));
                    }
                }
            }
        }
    }

    // A handle says the name is a person's, not what part they take: "we spoke to X (@x)", "a thread by X (@x)".
    private static IEnumerable<(Match Match, string? Role)> Cues(string text) =>
        Conversation().Matches(text).Select(m => (m, (string?)"guest"))
            .Concat(Handle().Matches(text).Select(m => (m, (string?)null)))
            .Concat(TitledSpeaker().Matches(text).Select(m => (m, (string?)"speaker")))
            .OrderBy(c => c.Item1.Index);

    [GeneratedRegex(@"\b(?:interview|conversation|chat|discussion)\s+(?:between|with)\s+(?<a>" + Name + @")(?:\s*(?:&|and)\s*(?<b>" + Name + "))?")]
    private static partial Regex Conversation();

    [GeneratedRegex(@"(?<a>" + Name + @")\s*\(@\w+\)")]
    private static partial Regex Handle();

    [GeneratedRegex(@"\b(?:CEO|CTO|founder|co-founder|creator|author|host)\s+(?<a>" + Name + @")\s+(?:argues|says|explains|writes|thinks|believes|describes)\b")]
    private static partial Regex TitledSpeaker();
}
