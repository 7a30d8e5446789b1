using System.Security.Cryptography;
using Graph.Import.Parsing;

namespace Graph.Import;

/// <summary>A wiki file read and parsed, or the error that stopped it; <see cref="ContentHash"/> is over its bytes.</summary>
internal sealed record LoadedPage(string Path, string? ContentHash, WikiPage? Page, PageError? Error)
{
    /// <param name="path">Relative to the wiki root, '/' separators.</param>
    public static LoadedPage Load(string root, string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(System.IO.Path.Combine(root, path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadedPage(path, null, null, new PageError(path, null, $"cannot read the file: {e.Message}"));
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        try
        {
            var text = PageDecoder.Decode(bytes);
            return new LoadedPage(path, hash, WikiPageParser.Parse(path, text), null);
        }
        catch (PageFormatException e)
        {
            return new LoadedPage(path, hash, null, new PageError(path, e.Line, e.Message));
        }
    }
}
