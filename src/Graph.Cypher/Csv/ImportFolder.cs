using Graph.Core.Cypher;
using Graph.Cypher.Execution;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Csv;

/// <summary>
/// Where LOAD CSV may read: <c>file:///a/b.csv</c> names <c>a/b.csv</c> under the import folder, as Neo4j's
/// <c>server.directories.import</c> does (like a chroot: <c>file:///etc/x.csv</c> is the import folder's
/// <c>etc/x.csv</c>). A path that climbs out with <c>..</c> is refused, and so is every other scheme: http(s) and ftp
/// because the embedded engine does not fetch from the network.
/// </summary>
internal static class ImportFolder
{
    public static string Resolve(object? url, string? importDirectory)
    {
        if (url is not string text)
        {
            throw RuntimeErrors.Type($"LOAD CSV FROM expects a string URL such as 'file:///people.csv', but got {(url is null ? "null" : CypherTypeNames.Of(url))}");
        }
        var colon = text.IndexOf(':');
        var scheme = colon > 0 ? text[..colon].ToLowerInvariant() : null;
        switch (scheme)
        {
            case null:
                throw Failed($"Invalid URL '{text}': no protocol: {text} (write file:///{text.TrimStart('/')} for a file in the import folder)");
            case "http" or "https" or "ftp":
                throw RuntimeErrors.Unsupported($"LOAD CSV from {scheme}:// URLs ({text}): the embedded engine reads only file:/// URLs under its import folder");
            case not "file":
                throw Failed($"Invalid URL '{text}': unknown protocol: {scheme}");
        }
        if (importDirectory is null)
        {
            throw Failed($"Cannot load {text}: this session has no import folder for LOAD CSV to read from (open the store with a data directory, or give it an import folder)");
        }
        var path = Uri.UnescapeDataString(LocalPart(text[(colon + 1)..], text));
        var segments = path.Split('/', '\\');
        if (segments.Contains(".."))
        {
            throw Failed($"Cannot load {text}: '..' would leave the import folder {importDirectory}; LOAD CSV reads only files inside it");
        }
        var root = Path.GetFullPath(importDirectory);
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/', '\\')));
        var inside = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(inside, StringComparison.Ordinal))
        {
            throw Failed($"Cannot load {text}: {full} is outside the import folder {root}; LOAD CSV reads only files inside it");
        }
        if (!File.Exists(full))
        {
            throw Failed($"Couldn't load the external resource at: {text} (no file {full}; file:/// URLs are read from the import folder {root})");
        }
        return full;
    }

    /// <summary>The path of <c>file:///p</c>, <c>file:/p</c> or <c>file://localhost/p</c>; another host is refused.</summary>
    private static string LocalPart(string rest, string url)
    {
        if (!rest.StartsWith("//", StringComparison.Ordinal))
        {
            return rest;
        }
        var slash = rest.IndexOf('/', 2);
        var host = slash < 0 ? rest[2..] : rest[2..slash];
        if (host.Length > 0 && !host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            throw Failed($"Cannot load {url}: file URLs name no host (write file:///{(slash < 0 ? "" : rest[(slash + 1)..])})");
        }
        return slash < 0 ? "" : rest[slash..];
    }

    public static CypherException Failed(string message) => new(CypherErrorCodes.ExternalResourceFailed, message);
}
