namespace Graph.Import.Files;

/// <summary>
/// Paths with every symbolic link followed, like realpath(3), which .NET lacks: ResolveLinkTarget follows only a
/// path's last part, so a link in a folder above it (or a target that passes through one) would go unseen.
/// </summary>
internal static class RealPath
{
    // Linux gives up (ELOOP) after 40 links in one path; a longer chain is taken as a loop.
    private const int MaxLinks = 40;

    /// <summary>How the file system compares names: Windows and macOS ignore case by default.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static StringComparer Comparer { get; } =
        Comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>
    /// <paramref name="path"/> made absolute with each link replaced by its target and each ".." taken after the link
    /// before it, as the kernel does; a missing tail stays as written. Null when links loop.
    /// </summary>
    public static string? Of(string path)
    {
        // Not Path.GetFullPath: it would cut "link/.." from the text, where the kernel goes up from the link's target.
        var full = Path.IsPathFullyQualified(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var real = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[real.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }
            if (part == "..")
            {
                real = Path.GetDirectoryName(real) ?? real;
                continue;
            }
            var next = Path.Join(real, part);
            if (LinkTarget(next) is not { } target)
            {
                real = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                return null;
            }
            // A relative target goes on from the link's folder (still `real`); an absolute one from its root.
            if (Path.IsPathRooted(target))
            {
                real = Path.GetPathRoot(Path.GetFullPath(target))!;
                target = target[Path.GetPathRoot(target)!.Length..];
            }
            foreach (var step in Parts(target).Reverse())
            {
                pending.Push(step);
            }
        }
        return real;
    }

    /// <summary>Whether the real path <paramref name="path"/> is <paramref name="root"/> or below it.</summary>
    public static bool IsInside(string path, string root)
    {
        var prefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return path.Equals(root, Comparison) || path.StartsWith(prefix, Comparison);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // unreadable: taken as it is, and reading it later says why
        }
    }

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
