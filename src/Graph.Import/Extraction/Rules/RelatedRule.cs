using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// Related bullets, <c>Title — Person (Show) — note</c> or <c>Title (Person) — note</c>: the titled Source
/// (RELATED_TO from this page's source), its people (APPEARS_IN: guest when a show is named, else author)
/// and its show (PUBLISHED_ON). Bracketed shows, tools and companies never become people. When the title is
/// another page of the wiki, that page is the authority on its people and show, so only RELATED_TO is added.
/// </summary>
internal sealed partial class RelatedRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        foreach (var (section, block) in context.Blocks(SectionKind.Related))
        {
            if (block.Kind != BlockKind.ListItem || block.Depth > 0)
            {
                continue;
            }
            var parts = Dash().Split(block.Text);
            var (title, bracketed) = SplitBrackets(block.Lead ?? parts[0]);
            if (PageContext.Clean(title).Length == 0)
            {
                continue;
            }
            var sentence = block.Sentences[0];
            var provenance = context.Provenance(section, block, sentence);
            var sourceId = context.OtherSource(title);
            if (sourceId == context.SourceId)
            {
                continue;
            }
            context.Facts.Relationship(RelationshipTypes.RelatedTo, context.SourceId, sourceId, provenance);
            var wikiPage = context.IsWikiPage(title);
            var names = bracketed.ToList();
            if (parts.Length > 1 && LooksLikeByline(context, parts[1]))
            {
                var (byline, bylineBrackets) = SplitBrackets(parts[1]);
                names.Add(byline);
                names.AddRange(bylineBrackets);
            }
            if (wikiPage)
            {
                // That page says who appears in it and where; here the names only help resolve "Shipper’s".
                context.KnowPeople(names.Select(name => (name, (string?)null)));
                continue;
            }
            AddPeopleAndShows(context, sourceId, names, provenance);
        }
    }

    private static void AddPeopleAndShows(PageContext context, string sourceId, List<string> names, Provenance provenance)
    {
        var showIds = new List<string>();
        var personIds = new List<string>();
        foreach (var name in names.SelectMany(n => ListSplit().Split(n)).Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            if (IsShow(context, name))
            {
                showIds.Add(context.Show(name));
            }
            else if (context.Vocabulary.FindAny(name, EntityKind.Tool, EntityKind.Organization, EntityKind.Source) is null
                && context.Person(name) is { } personId)
            {
                personIds.Add(personId);
            }
        }
        foreach (var showId in showIds)
        {
            context.Facts.Relationship(RelationshipTypes.PublishedOn, sourceId, showId, provenance);
        }
        var role = showIds.Count > 0 ? "guest" : "author";
        foreach (var personId in personIds)
        {
            context.Facts.Relationship(RelationshipTypes.AppearsIn, personId, sourceId, provenance, PageContext.Props(("role", role)));
        }
    }

    private static bool IsShow(PageContext context, string name) =>
        context.Vocabulary.Find(EntityKind.Show, name) is not null || ShowWord().IsMatch(name);

    // The part after the first dash is a byline when it is short and every piece is a name or a show.
    private static bool LooksLikeByline(PageContext context, string part)
    {
        var (byline, brackets) = SplitBrackets(part);
        var words = byline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8)
        {
            return false;
        }
        return ListSplit().Split(byline).All(n => context.Vocabulary.Find(EntityKind.Person, n.Trim()) is not null || PersonNameShape.IsPlausible(n.Trim(), context.Vocabulary))
            && brackets.All(b => b.Length < 60);
    }

    // "Why Coding Is Solved (Boris Cherny)" -> ("Why Coding Is Solved", ["Boris Cherny"])
    private static (string Text, IReadOnlyList<string> Brackets) SplitBrackets(string text)
    {
        var brackets = Bracket().Matches(text).Select(m => m.Groups["inner"].Value.Trim()).ToList();
        return (Bracket().Replace(text, " ").Trim(), brackets);
    }

    [GeneratedRegex(@"\s+(?:—|–|--|-)\s+")]
    private static partial Regex Dash();

    [GeneratedRegex(@"\((?<inner>[^()]*)\)")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b)\s*")]
    private static partial Regex ListSplit();

    [GeneratedRegex(@"\b(podcast|show|radio|pod|channel|newsletter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShowWord();
}
