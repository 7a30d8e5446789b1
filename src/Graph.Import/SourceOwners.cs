using Graph.Core.Model;
using Graph.Import.Extraction;

namespace Graph.Import;

/// <summary>
/// The Source each page describes, and which page says what that Source is. Several pages may describe one Source (two
/// sites' notes on one episode give it the same title): every one imports, each fact keeping its own page. Pages with one
/// title that name different shows are different sources, though: each page naming a show then describes
/// <c>source:&lt;title&gt;-&lt;show&gt;</c>, and a page naming none keeps the title's id. One page of a Source says what
/// the Source itself is (kind, url, summary): the first by path, so the graph does not depend on which page was imported
/// last. A page's Source id and whether it owns that Source depend on other pages, so both are part of its import key
/// (<see cref="ImportKeys"/>): adding, removing or retitling the other page re-imports it.
/// </summary>
internal sealed class SourceOwners
{
    private readonly Dictionary<string, string> sourceOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> notOwning = new(StringComparer.Ordinal);

    /// <param name="vocabulary">Resolves a show's spelling to its canonical name (part of every page's key already).</param>
    public SourceOwners(IEnumerable<LoadedPage> pages, Vocabulary vocabulary)
    {
        var readable = pages
            .Where(p => p.Error is null && p.Identity is not null)
            .Select(p => (p.Path, TitleId: NodeIds.For(Labels.Source, p.Identity!.Title), Show: ShowSlug(p, vocabulary)))
            .ToList();
        foreach (var sameTitle in readable.GroupBy(p => p.TitleId, StringComparer.Ordinal))
        {
            var shows = sameTitle.Select(p => p.Show).OfType<string>().Distinct(StringComparer.Ordinal).Count();
            foreach (var (path, titleId, show) in sameTitle)
            {
                sourceOf[path] = shows > 1 && show is not null ? $"{titleId}-{show}" : titleId;
            }
        }
        foreach (var group in readable.GroupBy(p => sourceOf[p.Path], StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var page in group.OrderBy(p => p.Path, StringComparer.Ordinal).Skip(1))
            {
                notOwning.Add(page.Path);
            }
        }
    }

    public bool Owns(string pagePath) => !notOwning.Contains(pagePath);

    /// <summary>The id of the Source the page describes; null for a page that could not be read.</summary>
    public string? SourceOf(string pagePath) => sourceOf.GetValueOrDefault(pagePath);

    /// <summary>
    /// The slug of the show the page names: its front matter <c>show</c>, else its Source line's show unless the
    /// vocabulary knows that name as a company or person (as the Source line rule reads it), by canonical name.
    /// </summary>
    private static string? ShowSlug(LoadedPage page, Vocabulary vocabulary)
    {
        var show = page.FrontMatterShow
            ?? (page.Identity?.SourceLine?.Show is { } named && vocabulary.FindAny(named, EntityKind.Organization, EntityKind.Person) is null ? named : null);
        if (string.IsNullOrWhiteSpace(show))
        {
            return null;
        }
        var slug = NodeIds.Slug(vocabulary.Find(EntityKind.Show, show)?.Name ?? PageContext.Clean(show));
        return slug.Length == 0 ? null : slug;
    }
}
