using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// Organizations the page names: vocabulary ones (the built-in list of well-known companies and labs included) and
/// names shaped like one ("X Labs", "X Inc", "University of X") or called one ("the founder of X", "works at X",
/// "the startup X", "X, a startup building …", "acquired by X", "X raised $20M", "X's CEO", "the team at X").
/// The source MENTIONS each; a sentence naming an organization and a tool it makes ("Anthropic's Claude Code",
/// "Codex from OpenAI", or a tool the vocabulary says it makes) gives (Organization)-[:MAKES]->(Tool).
/// </summary>
internal sealed partial class OrganizationRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        foreach (var (section, block) in context.Blocks())
        {
            var sectionName = block.Kind == Parsing.BlockKind.SourceLine ? "Source" : section.Name;
            var mentions = context.Mentions(block.Text).Where(m => MentionCase.IsWritten(block.Text, m)).ToList();
            var organizations = mentions.Where(m => m.Entry.Kind == EntityKind.Organization).Select(m => (Name: m.Entry.Name, m.Start, m.End, m.Entry)).ToList();
            var shapes = ShapeWords.MayMatch(block.Text)
                ? OrganizationShape().Matches(block.Text).Concat(CamelCaseCompany().Matches(block.Text)) : [];
            foreach (Match shaped in shapes)
            {
                organizations.Add((shaped.Value, shaped.Index, shaped.Index + shaped.Length, new VocabularyEntry(EntityKind.Organization, shaped.Value, [])));
            }
            var companyWords = CompanyWord().IsMatch(block.Text);
            foreach (Match called in companyWords ? CompanyCue().Matches(block.Text).Concat(CompanyDescribed().Matches(block.Text)) : Enumerable.Empty<Match>())
            {
                var name = called.Groups["org"];
                if (context.Vocabulary.FindAny(name.Value, EntityKind.Person, EntityKind.Tool, EntityKind.Show) is null)
                {
                    organizations.Add((name.Value, name.Index, name.Index + name.Length, new VocabularyEntry(EntityKind.Organization, name.Value, [])));
                }
            }
            // "This episode is brought to you by Vantage … and by Tesselate", "Thanks to Orbitly for sponsoring": a sponsor
            // is a company paying for the page, named after each "by" of the sentence that says so.
            foreach (var sentence in block.Text.Contains("sponsor", StringComparison.OrdinalIgnoreCase) || block.Text.Contains("brought to you by", StringComparison.OrdinalIgnoreCase)
                ? block.Sentences.Where(s => SponsorSentence().IsMatch(s.Text)) : [])
            {
                foreach (Match sponsor in Sponsor().Matches(sentence.Text))
                {
                    var name = sponsor.Groups["org"];
                    if (context.Vocabulary.FindAny(name.Value, EntityKind.Person, EntityKind.Show) is null)
                    {
                        organizations.Add((name.Value, sentence.Start + name.Index, sentence.Start + name.Index + name.Length, new VocabularyEntry(EntityKind.Organization, name.Value, [])));
                    }
                }
            }
            foreach (var organization in organizations)
            {
                if (context.Organization(organization.Name) is not { } organizationId)
                {
                    continue;
                }
                context.MentionOnce(organizationId, sectionName, block, organization.Start);
                var sentence = PageContext.SentenceAt(block, organization.Start);
                var provenance = context.Provenance(sectionName, block.LineAt(sentence.Start), sentence.Text);
                var sentenceEnd = sentence.Start + sentence.Text.Length;
                foreach (var tool in mentions.Where(m => m.Entry.Kind == EntityKind.Tool && m.Start >= sentence.Start && m.End <= sentenceEnd
                    && Makes(block.Text, organization.Entry, organization.Start, organization.End, m)))
                {
                    context.Facts.Relationship(RelationshipTypes.Makes, organizationId, context.Tool(tool.Entry), provenance);
                }
            }
        }
    }

    /// <summary>Whether the words before <paramref name="at"/> call what starts there a company ("the founder of PSPDFKit").</summary>
    public static bool IsCalledCompany(string text, int at) => CompanyCueBefore().IsMatch(text.AsSpan(Math.Max(0, at - 40), Math.Min(at, 40)));

    private const string CompanyWords = @"(?:(?:co-?)?founder|CEO|CTO|COO|CFO|president|chair(?:man|woman)?|employees?|investors?) (?:of|in|at)|(?:works|worked|working) (?:at|for)|(?:the |a |his |her |their )?(?:company|startup|firm|lab)|acquired by|(?:to )?(?:found|founded|co-?founded|cofounded)|(?:team|engineers|researchers|people|folks) at";

    [GeneratedRegex(@"\b(?:" + CompanyWords + @")\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyCueBefore();

    // "the founder of PSPDFKit", "works at StrongDM", "the startup Miro": what the sentence calls a company is one.
    [GeneratedRegex(@"(?i)\b(?:brought to you by|sponsored by|for sponsoring|our sponsors?\b)")]
    private static partial Regex SponsorSentence();

    [GeneratedRegex(@"\b(?:by|[Tt]hanks to|sponsors? (?:is|are|today is))\s+(?<org>\p{Lu}[\p{L}\d&\-]*(?:\s+\p{Lu}[\p{L}\d&\-]*){0,2})")]
    private static partial Regex Sponsor();

    // "Every CEO Dan Shipper", "Anthropic co-founder Jack Clark": the company before an officer's title and name.
    // The cue's fixed words, checked before the cue itself, which opens on any capital.
    [GeneratedRegex(@"(?i:founder|CEO|CTO|COO|CFO|CPO|president|chair|employee|investor|work(?:s|ed|ing) (?:at|for)|company|startup|firm|lab\b|acquired|found|raised \$|team at|engineers at|researchers at|people at|folks at|joined \p{Lu})")]
    private static partial Regex CompanyWord();

    // What a sentence says of a company after its name: "Quarrydeck, a startup building …", "X, the company behind Y",
    // "X acquired Y", "X raised $20M", "X's CEO", "joined X as its first engineer".
    [GeneratedRegex(@"(?<![\p{L}\d])(?<org>\p{Lu}[\p{L}\d&\-]*(?:\s+\p{Lu}[\p{L}\d&\-]*){0,2})(?:,\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,3}?(?:startup|company|firm|lab|nonprofit)\b|\s+(?:acquired|has raised|raised)\s+(?:\$|[A-Z]\p{Ll})|['’]s\s+(?:CEO|CTO|COO|CFO|CPO|founders?|co-?founders?|president|board|investors)\b)|\bjoined\s+(?<org>\p{Lu}[\p{L}\d&\-]*(?:\s+\p{Lu}[\p{L}\d&\-]*){0,2})\s+as\b")]
    private static partial Regex CompanyDescribed();

    [GeneratedRegex(@"\b(?i:" + CompanyWords + @")\s+(?<org>\p{Lu}[\p{L}\d&\-]*(?:\s+\p{Lu}[\p{L}\d&\-]*){0,2})|(?<![\p{L}\d])(?<org>\p{Lu}[\p{L}\d&\-]*(?:\s+\p{Lu}[\p{L}\d&\-]*)?)\s+(?:CEO|CTO|COO|CPO|co-?founder|founder|president)\s+\p{Lu}\p{Ll}")]
    private static partial Regex CompanyCue();

    // "Anthropic's Claude Code", "Codex from OpenAI" / "by OpenAI", or a tool the vocabulary lists the organization as making.
    private static bool Makes(string text, VocabularyEntry organization, int organizationStart, int organizationEnd, Mention tool)
    {
        if (organization.Makes.Any(t => TextKey.Normalize(t) == TextKey.Normalize(tool.Entry.Name)))
        {
            return true;
        }
        if (tool.Start >= organizationEnd && tool.Start - organizationEnd <= 3 && Possessive().IsMatch(text[organizationEnd..tool.Start]))
        {
            return true;
        }
        return tool.End <= organizationStart && FromOrBy().IsMatch(text[tool.End..organizationStart]);
    }

    /// <summary>Whether a whole phrase is shaped like a company's name: "Lattice Labs", "University of Toronto".</summary>
    public static bool IsShapedLikeOne(string phrase) => OrganizationShape().Match(phrase) is { Success: true } m && m.Index == 0 && m.Length >= phrase.TrimEnd().Length - 1;

    // The words a company's name ends on, written as its own word ("Lattice Labs") or run into it ("ThoughtWorks").
    private const string NameEndings = "Inc|Labs|Lab|Technologies|Capital|Ventures|Partners|Foundation|Institute|University|Corporation|Corp|Group|Studios";
    private const string RunInEndings = "Works|Labs|Lab|Systems|Soft|Technologies|Capital|Ventures|Partners|Group|Media";

    // Each company shape ends on one of those words: a block with none of them (most blocks) skips both patterns.
    private static readonly WordGate ShapeWords = new(NameEndings + "|" + RunInEndings);

    [GeneratedRegex(@"\p{Lu}[\p{L}\d&\-]*(?:\s+\p{Lu}[\p{L}\d&\-]*){0,2}\s+(?:" + NameEndings + @")\b\.?|\bUniversity of\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?")]
    private static partial Regex OrganizationShape();

    [GeneratedRegex(@"(?<![\p{L}\d])\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*(?:" + RunInEndings + @")(?![\p{L}\d])")]
    private static partial Regex CamelCaseCompany();

    [GeneratedRegex(@"^['’]s?\s*$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^\s*,?\s*(?:\([^)]*\)\s*)?(?:from|by|made by|built by|developed by)\s+$")]
    private static partial Regex FromOrBy();
}
