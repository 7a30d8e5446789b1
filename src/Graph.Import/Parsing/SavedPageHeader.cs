using System.Net;
using System.Text.RegularExpressions;

namespace Graph.Import.Parsing;

/// <summary>
/// What a page saved from the web says about itself at its top: readers and clippers write labelled metadata
/// ("Title: …", "URL Source: …", "Published Time: …"; an outliner writes "title:: …" as a list item), and a page saved whole keeps its HTML head
/// (<c>&lt;title&gt;</c>, <c>og:title</c>, the canonical link, <c>og:url</c>).
/// </summary>
internal static partial class SavedPageHeader
{
    // Metadata sits above the content: only the first lines of a page are read for it.
    private const int HeaderLines = 15;

    /// <summary>The title the page's metadata gives, if any.</summary>
    public static string? Title(WikiPage page) => First(page, TitleLabel(), HtmlTitle(), OpenGraphTitle()) is { } title ? WebUtility.HtmlDecode(title).Trim() : null;

    /// <summary>The address the page's metadata gives, if any.</summary>
    public static string? Url(WikiPage page) => First(page, UrlLabel(), CanonicalLink(), OpenGraphUrl());

    private static string? First(WikiPage page, params Regex[] patterns)
    {
        var header = page.Intro.Blocks
            .Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Html or BlockKind.ListItem)
            .SelectMany(b => b.Lines)
            .Where(l => l.Line <= HeaderLines)
            .Select(l => l.Text.Trim())
            .ToList();
        foreach (var pattern in patterns)
        {
            foreach (var line in header)
            {
                if (pattern.Match(line) is { Success: true } match)
                {
                    return match.Groups["value"].Value.Trim();
                }
            }
        }
        return null;
    }

    // "Title: …", and a wiki's or outliner's page property "title:: …".
    [GeneratedRegex(@"^(?:page\s+)?title\s*::?\s*(?<value>\S.{2,200})$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"<title[^>]*>(?<value>[^<]{3,200})</title>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTitle();

    [GeneratedRegex(@"<meta\s[^>]*(?:property|name)=[""']og:title[""'][^>]*content=[""'](?<value>[^""']{3,200})[""']", RegexOptions.IgnoreCase)]
    private static partial Regex OpenGraphTitle();

    [GeneratedRegex(@"^(?:url\s+source|url|source\s+url|original\s+url|canonical\s+url|permalink)\s*::?\s*(?<value>https?://\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLabel();

    [GeneratedRegex(@"<link\s[^>]*rel=[""']canonical[""'][^>]*href=[""'](?<value>https?://[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex CanonicalLink();

    [GeneratedRegex(@"<meta\s[^>]*(?:property|name)=[""']og:url[""'][^>]*content=[""'](?<value>https?://[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex OpenGraphUrl();
}
