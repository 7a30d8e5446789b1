using System.Security.Cryptography;
using Graph.Import.Extraction;
using Graph.Import.Files;
using Graph.Import.Parsing;

namespace Graph.Import;

/// <summary>
/// A wiki file read and parsed, or the error that stopped it; <see cref="ContentHash"/> is over its bytes.
/// <see cref="Identity"/> (title, aliases) and <see cref="Words"/> stay when <see cref="LoadHeader"/> drops the parsed page.
/// </summary>
internal sealed record LoadedPage(string Path, string? ContentHash, WikiPage? Page, PageError? Error)
{
    public PageIdentity? Identity { get; init; }

    /// <summary>The show its front matter names, if any: with the Source line's show, it decides its Source id (<see cref="SourceOwners"/>).</summary>
    public string? FrontMatterShow { get; init; }

    /// <summary>The words its text can spell, for <see cref="TitleDependencies"/>.</summary>
    public PageWords? Words { get; init; }

    /// <summary>
    /// The page with its <see cref="Words"/> but without its parsed text: what an import keeps of every page for the
    /// whole run (so memory stays flat), and all that deciding whether it changed needs.
    /// </summary>
    public static LoadedPage LoadHeader(string root, string path) => Load(root, path, withWords: true) with { Page = null };

    /// <param name="path">Relative to the wiki root, '/' separators.</param>
    /// <param name="withWords">Also collect <see cref="Words"/> (only the header pass needs them).</param>
    public static LoadedPage Load(string root, string path, bool withWords = false)
    {
        byte[]? bytes;
        try
        {
            if (!WikiFile.TryRead(root, path, out bytes, out var refusal))
            {
                return new LoadedPage(path, null, null, new PageError(path, null, refusal));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadedPage(path, null, null, new PageError(path, null, $"cannot read the file: {e.Message}"));
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        try
        {
            var text = PageDecoder.Decode(bytes);
            PageLimits.CheckText(text);
            var page = WikiPageParser.Parse(path, text);
            return new LoadedPage(path, hash, page, null)
            {
                Identity = PageIdentity.Of(page, path),
                FrontMatterShow = page.FrontMatter?.Show?.Name,
                Words = withWords ? PageWords.Of(text, path, page.FrontMatter?.Values ?? []) : null,
            };
        }
        catch (PageFormatException e)
        {
            return new LoadedPage(path, hash, null, new PageError(path, e.Line, e.Message));
        }
        catch (ArgumentException e)
        {
            // Markdig refuses input nested beyond its own depth limit (deep emphasis, say) without a line.
            return new LoadedPage(path, hash, null, new PageError(path, null, $"cannot be parsed: {e.Message}"));
        }
    }
}
