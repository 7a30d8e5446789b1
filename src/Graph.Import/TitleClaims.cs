using Graph.Core.Model;

namespace Graph.Import;

/// <summary>
/// Two pages whose titles give the same Source id would write one node from two pages. One keeps the title:
/// the page the graph already knows under it (so its state is kept), else the first in path order; the others
/// fail, naming the page that holds the title.
/// </summary>
internal static class TitleClaims
{
    /// <param name="previousTitles">Page path → the title it was last imported with.</param>
    public static List<LoadedPage> Resolve(IReadOnlyList<LoadedPage> pages, IReadOnlyDictionary<string, string?> previousTitles)
    {
        var claims = pages
            .Where(p => p.Error is null && p.Identity is not null)
            .Select(p => (Loaded: p, Title: p.Identity!.Title))
            .GroupBy(c => NodeIds.For(Labels.Source, c.Title), StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        var losers = new Dictionary<string, LoadedPage>(StringComparer.Ordinal);
        foreach (var group in claims)
        {
            var holder = group.FirstOrDefault(c => previousTitles.TryGetValue(c.Loaded.Path, out var title)
                && title is not null && NodeIds.For(Labels.Source, title) == group.Key);
            if (holder.Loaded is null)
            {
                holder = group.First();
            }
            foreach (var (loaded, title) in group.Where(c => c.Loaded.Path != holder.Loaded.Path))
            {
                var error = new PageError(loaded.Path, loaded.TitleLine, $"the title '{title}' is already the title of {holder.Loaded.Path}; give one of the pages another title");
                losers[loaded.Path] = loaded with { Page = null, Identity = null, Error = error };
            }
        }
        return pages.Select(p => losers.GetValueOrDefault(p.Path, p)).ToList();
    }
}
