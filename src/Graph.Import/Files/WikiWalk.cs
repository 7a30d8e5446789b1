namespace Graph.Import.Files;

/// <summary>
/// The pages of a wiki folder: every *.md below it, hidden files and folders left out. The walk is by hand, one folder
/// at a time, because Directory.EnumerateFiles follows every link: a link loop ran away and links led out of the wiki.
/// Here a link is followed only when its real target is inside the wiki, each real folder and page is taken once
/// (under its own path rather than a link's), and a folder link out of the wiki is refused by name. A page is
/// listed whatever kind of file it is: reading it (<see cref="WikiFile"/>) refuses pipes, devices and links out.
/// </summary>
internal sealed class WikiWalk
{
    private static readonly EnumerationOptions OneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    private readonly string realRoot;
    private readonly HashSet<string> folders = new(RealPath.Comparer);
    // By the real path of the file read: a page and a link to it are one page.
    private readonly Dictionary<string, Found> pages = new(RealPath.Comparer);
    private readonly List<PageError> refused = [];
    // Folders reached without a link are all walked before any reached through one, so a page keeps its own path.
    private readonly Stack<Folder> direct = new();
    private readonly Queue<Folder> linked = new();

    private WikiWalk(string root)
    {
        realRoot = RealPath.Of(root) ?? root;
        folders.Add(realRoot);
        direct.Push(new Folder(realRoot, "", ThroughLink: false));
    }

    /// <summary>Page paths relative to the root, '/' separators, in ordinal order.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>Folder links the walk did not follow (out of the wiki), each with its path and why.</summary>
    public IReadOnlyList<PageError> RefusedFolders => refused;

    /// <param name="root">An existing folder, absolute.</param>
    public static WikiWalk Of(string root)
    {
        var walk = new WikiWalk(root);
        walk.Run();
        return walk;
    }

    /// <summary>Whether <paramref name="page"/> lies in a folder the walk refused (its stored facts are kept, not removed).</summary>
    public bool IsRefused(string page) => refused.Any(folder => page.StartsWith(folder.File + "/", StringComparison.Ordinal));

    private void Run()
    {
        while (direct.TryPop(out var folder) || linked.TryDequeue(out folder))
        {
            foreach (var entry in Entries(folder.Real))
            {
                Visit(folder, entry);
            }
        }
        Pages = pages.Values.Select(found => found.Page).Order(StringComparer.Ordinal).ToList();
        refused.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
    }

    private static IEnumerable<FileSystemInfo> Entries(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFileSystemInfos("*", OneFolder).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // removed while the wiki was walked
        }
    }

    private void Visit(Folder folder, FileSystemInfo entry)
    {
        var page = folder.Page.Length == 0 ? entry.Name : folder.Page + "/" + entry.Name;
        var path = Path.Join(folder.Real, entry.Name);
        if (!entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            if (entry is DirectoryInfo)
            {
                Enter(new Folder(path, page, folder.ThroughLink));
            }
            else if (IsPage(entry.Name))
            {
                Add(path, new Found(page, folder.ThroughLink));
            }
            return;
        }
        var target = RealPath.Of(path);
        var inside = target is not null && RealPath.IsInside(target, realRoot);
        if (target is not null && Directory.Exists(target))
        {
            if (!inside)
            {
                refused.Add(new PageError(page, null, $"is a symbolic link to {target}, outside the wiki root; not read"));
            }
            else
            {
                Enter(new Folder(target, page, ThroughLink: true));
            }
        }
        else if (IsPage(entry.Name))
        {
            // A link out of the wiki, to a missing file or in a loop is listed under its own path, for reading to refuse by name.
            Add(inside ? target! : path, new Found(page, ThroughLink: true));
        }
    }

    // A real folder is walked once, however many links lead to it: this is what ends a link loop.
    private void Enter(Folder folder)
    {
        if (!folders.Add(folder.Real))
        {
            return;
        }
        if (folder.ThroughLink)
        {
            linked.Enqueue(folder);
        }
        else
        {
            direct.Push(folder);
        }
    }

    private void Add(string real, Found found)
    {
        if (!pages.TryGetValue(real, out var kept) || found.IsBetterThan(kept))
        {
            pages[real] = found;
        }
    }

    private static bool IsPage(string name) => name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <param name="Real">The folder's real path, which is what is listed.</param>
    /// <param name="Page">Its path as pages below it are named: relative to the root, through the links taken.</param>
    private sealed record Folder(string Real, string Page, bool ThroughLink);

    private sealed record Found(string Page, bool ThroughLink)
    {
        // A page's own path beats a link's; between links, the first in ordinal order, so the choice is stable.
        public bool IsBetterThan(Found other) =>
            ThroughLink != other.ThroughLink ? !ThroughLink : string.CompareOrdinal(Page, other.Page) < 0;
    }
}
