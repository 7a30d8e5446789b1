namespace Graph.Import;

/// <summary>
/// Page headers kept from one import of a wiki to the next in the same process (<c>graph serve --watch</c>): a page
/// whose size and modification time are those it had when its header was read is not read, parsed and hashed again,
/// so an edit to a large wiki costs the pages that changed plus one look at each file's metadata.
/// </summary>
/// <remarks>
/// A page modified shortly before it was read is not kept: a second write within the file system's time resolution
/// would leave its modification time unchanged. Headers of pages that failed to load are never kept.
/// </remarks>
public sealed class PageHeaderCache
{
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, (long Length, DateTime Modified, LoadedPage Header)> headers = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>How many headers are kept.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return headers.Count;
            }
        }
    }

    /// <summary>The page's header: the one kept when the file is as it was, else read now (and kept when it can be).</summary>
    internal LoadedPage Get(string root, string path)
    {
        var file = new FileInfo(Path.Combine(root, path));
        var readAt = DateTime.UtcNow;
        // A link's size and time are its target's, and the target can change without them changing: always read it.
        if (!file.Exists || file.LinkTarget is not null)
        {
            return LoadedPage.LoadHeader(root, path);
        }
        var (length, modified) = (file.Length, file.LastWriteTimeUtc);
        lock (gate)
        {
            if (headers.TryGetValue(file.FullName, out var kept) && kept.Length == length && kept.Modified == modified)
            {
                return kept.Header;
            }
        }
        var header = LoadedPage.LoadHeader(root, path);
        lock (gate)
        {
            if (header.Error is null && readAt - modified > RacyWindow)
            {
                headers[file.FullName] = (length, modified, header);
            }
            else
            {
                headers.Remove(file.FullName);
            }
        }
        return header;
    }

    /// <summary>Forgets every page but <paramref name="paths"/> of <paramref name="root"/>: the others were deleted since.</summary>
    internal void KeepOnly(string root, IEnumerable<string> paths)
    {
        var present = paths.Select(path => Path.GetFullPath(Path.Combine(root, path))).ToHashSet(StringComparer.Ordinal);
        lock (gate)
        {
            foreach (var file in headers.Keys.Where(file => !present.Contains(file)).ToList())
            {
                headers.Remove(file);
            }
        }
    }
}
