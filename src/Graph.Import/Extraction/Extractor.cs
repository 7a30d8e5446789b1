using Graph.Core.Model;
using Graph.Import.Extraction.Rules;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction;

/// <summary>
/// Turns a parsed page into <see cref="PageFacts"/> by running the extraction rules in order. Deterministic:
/// the same page and vocabulary give the same facts in the same order.
/// </summary>
internal sealed class Extractor(Vocabulary vocabulary)
{
    /// <summary>Bump when the rules change, so pages imported by older rules are not skipped as unchanged.</summary>
    public const string RulesVersion = "9";

    // Order matters: front matter and the Source line establish the source and its people before the
    // rules that attribute theses and quotes to them; Related registers titles before theses are told from titles.
    private static readonly IReadOnlyList<IExtractionRule> Rules =
    [
        new FrontMatterRule(),
        new SourceLineRule(),
        new IntroRule(),
        new IntroPeopleRule(),
        new PeopleRule(),
        new BylineShowRule(),
        new ShowHostsRule(),
        new MostNamedGuestRule(),
        new RelatedRule(),
        new TakeawaysRule(),
        new TopicsRule(),
        new HighlightRule(),
        new StandfirstRule(),
        new TitleStatementRule(),
        new QuoteRule(),
        new QuotedThesisRule(),
        new ArguesThatRule(),
        new ThesisCueRule(),
        new ItemNodesRule(SectionKind.TryIt, Labels.Practice, RelationshipTypes.Suggests),
        new ItemNodesRule(SectionKind.OpenQuestions, Labels.Question, RelationshipTypes.Asks),
        new RenameRule(),
        new LinkRule(),
        new ToolMentionRule(),
        new ToolShapeRule(),
        new OrganizationRule(),
        new BuildsRule(),
        new PersonMentionRule(),
    ];

    public Vocabulary Vocabulary => vocabulary;

    /// <param name="pagePath">The page's path relative to the wiki root, with '/' separators.</param>
    /// <param name="ownsSource">
    /// Whether this page says what its Source is (kind, url, summary…): the first page by path of those that describe one
    /// Source (<see cref="SourceOwners"/>). The others add their facts and a DESCRIBES, and leave the Source's own
    /// properties to it, so the graph is the same whichever page was imported last.
    /// </param>
    /// <param name="sourceId">The Source the page describes (<see cref="SourceOwners"/>); null takes its title's id.</param>
    public PageFacts Extract(WikiPage page, string pagePath, string contentHash, string? importKey = null, bool ownsSource = true, string? sourceId = null)
    {
        var identity = PageIdentity.Of(page, pagePath);
        var declared = DeclaredBy(page, identity).Where(e => e.Kind is EntityKind.Thesis || vocabulary.Find(e.Kind, e.Name) is null);
        var context = new PageContext(page, pagePath, vocabulary.With(declared), identity, sourceId);
        foreach (var rule in Rules)
        {
            using var _ = context.Facts.Because(RuleName(rule), Confidence(rule));
            rule.Apply(context);
        }
        var title = PageContext.Props(("title", identity.Title));
        context.Facts.Node(Labels.Source, context.SourceId, title);
        if (!ownsSource)
        {
            context.Facts.KeepOnly(context.SourceId, "title");
        }
        var pageId = PageNodeId(pagePath);
        context.Facts.Node(Labels.Page, pageId, PageContext.Props(
            ("path", pagePath), ("title", identity.Title), (ImportBookkeeping.ContentHash, contentHash), (ImportBookkeeping.ImportKey, importKey), ("url", page.Url),
            ("aliases", identity.Aliases.Count > 0 ? identity.Aliases.Cast<object?>().ToList() : null)));
        using (context.Facts.Because("page", 1.0))
        {
            var (line, evidence) = TitleEvidence(page, identity.Title);
            context.Facts.Relationship(RelationshipTypes.Describes, pageId, context.SourceId, context.Provenance("Source", line, evidence));
        }
        return context.Facts.ToPageFacts(pagePath, contentHash, context.SourceId);
    }

    // The line that gives the title: its front matter line, its heading, the line that reads it; a title made from the
    // page's address or file name is evidenced by the page's first line.
    private static (int Line, string Evidence) TitleEvidence(WikiPage page, string title)
    {
        if ((page.FrontMatter?.Title?.Line ?? page.Heading?.Line) is { } line)
        {
            return (line, page.RawLine(line));
        }
        var lines = page.Text.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains(title, StringComparison.OrdinalIgnoreCase));
        return at >= 0 ? (at + 1, lines[at].Trim()) : (1, lines[0].Trim());
    }

    /// <summary>A page's bookkeeping node id: its path as written (not a slug: two paths never share one).</summary>
    public static string PageNodeId(string pagePath) => "page:" + pagePath;

    // "PeopleRule" -> "people": the name --explain and the graph show for facts the rule makes without a finer reason.
    private static string RuleName(IExtractionRule rule) => RuleNames.GetOrAdd(rule.GetType(), NameOf);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, string> RuleNames = new();

    private static string NameOf(Type type)
    {
        var name = type.Name;
        name = name.EndsWith("Rule", StringComparison.Ordinal) ? name[..^4] : name;
        return string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

    // What the page states outright (front matter, the Source line) is surer than what a cue or a name shape suggests.
    private static double Confidence(IExtractionRule rule) => rule switch
    {
        FrontMatterRule => 1.0,
        SourceLineRule or RelatedRule => 0.95,
        TakeawaysRule or QuoteRule or ToolMentionRule or ShowHostsRule => 0.9,
        _ => 0.8,
    };

    // Names the page declares for itself resolve like vocabulary names while extracting it.
    private static IEnumerable<VocabularyEntry> DeclaredBy(WikiPage page, PageIdentity identity)
    {
        yield return identity.AsVocabularyEntry();
        var fm = page.FrontMatter;
        if (fm is null)
        {
            yield break;
        }
        foreach (var person in fm.People)
        {
            yield return new VocabularyEntry(EntityKind.Person, person.Name, []);
        }
        foreach (var tool in fm.Tools)
        {
            yield return new VocabularyEntry(EntityKind.Tool, tool.Name, []);
        }
        foreach (var thesis in fm.Theses)
        {
            yield return new VocabularyEntry(EntityKind.Thesis, thesis.Name, thesis.Aliases ?? []);
        }
        if (fm.Show is { } show)
        {
            yield return new VocabularyEntry(EntityKind.Show, show.Name, []);
        }
    }
}
