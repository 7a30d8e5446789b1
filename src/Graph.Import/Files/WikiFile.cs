using System.Diagnostics.CodeAnalysis;
using Graph.Import.Parsing;

namespace Graph.Import.Files;

/// <summary>
/// Reads one page of a wiki: a regular file of at most <see cref="PageLimits.MaxBytes"/>, inside the wiki once every
/// link on its way is followed. Checked again at each read, since the wiki may change after it was walked.
/// </summary>
public static class WikiFile
{
    /// <param name="page">Relative to <paramref name="root"/>, '/' separators.</param>
    /// <exception cref="IOException">The file cannot be opened or read (gone since the walk, say).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static bool TryRead(string root, string page, [NotNullWhen(true)] out byte[]? bytes, [NotNullWhen(false)] out string? refusal)
    {
        bytes = null;
        var file = Path.GetFullPath(Path.Combine(root, page));
        var realRoot = RealPath.Of(root) ?? root;
        if (RealPath.Of(file) is not { } real)
        {
            refusal = "is a symbolic link that loops (or passes more than 40 links); not read";
            return false;
        }
        // The file read is the one the path resolves to now; a refusal says where that is when it is not the page itself.
        var subject = new FileInfo(file).LinkTarget is not null ? $"is a symbolic link to {real},"
            : real.Equals(Path.GetFullPath(Path.Combine(realRoot, page)), RealPath.Comparison) ? "is"
            : $"resolves to {real},";
        if (subject != "is" && !Path.Exists(real))
        {
            refusal = $"{subject} which does not exist; not read";
            return false;
        }
        if (FileKind.NotRegular(real) is { } kind)
        {
            refusal = $"{subject} {kind}, not a regular file; not read";
            return false;
        }
        if (!RealPath.IsInside(real, realRoot))
        {
            refusal = $"{subject} outside the wiki root; not read";
            return false;
        }
        return RegularFile.TryRead(real, PageLimits.MaxBytes, "page", out bytes, out refusal, subject);
    }
}
