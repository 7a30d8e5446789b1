using Graph.Core.Model;

namespace Graph.Import;

/// <summary>
/// Several pages may describe one Source (two sites' notes on one episode give it the same title): every one imports,
/// each fact keeping its own page. One of them says what the Source itself is (kind, url, summary): the first by path,
/// so the graph does not depend on which page was imported last. A page that starts or stops owning its Source gets
/// a new import key (<see cref="ImportKeys"/>), so adding or removing the other page re-imports it.
/// </summary>
internal sealed class SourceOwners
{
    private readonly HashSet<string> notOwning = new(StringComparer.Ordinal);

    public SourceOwners(IEnumerable<LoadedPage> pages)
    {
        var bySource = pages
            .Where(p => p.Error is null && p.Identity is not null)
            .GroupBy(p => NodeIds.For(Labels.Source, p.Identity!.Title), StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in bySource)
        {
            foreach (var page in group.OrderBy(p => p.Path, StringComparer.Ordinal).Skip(1))
            {
                notOwning.Add(page.Path);
            }
        }
    }

    public bool Owns(string pagePath) => !notOwning.Contains(pagePath);
}
