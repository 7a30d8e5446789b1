using System.Text.RegularExpressions;

namespace Graph.Import.Parsing;

/// <summary>
/// A parsed note page: optional front matter, optional <c># Title</c>, and its sections in order
/// (the first is always the intro, possibly empty). Every block keeps its 1-based source lines.
/// </summary>
internal sealed partial record WikiPage(
    string Path,
    string Text,
    FrontMatter? FrontMatter,
    TextLine? Heading,
    IReadOnlyList<PageSection> Sections)
{
    public PageSection Intro => Sections[0];

    /// <summary>The first block that is the page's Source line, if any.</summary>
    public PageBlock? SourceLine => Intro.Blocks.FirstOrDefault(b => b.Kind == BlockKind.SourceLine);

    public IEnumerable<PageSection> SectionsOf(SectionKind kind) => Sections.Where(s => s.Kind == kind);

    /// <summary>
    /// The address in the <c>&lt;!-- url: … --&gt;</c> comment a saved page opens with, else the one its saved metadata
    /// gives (<see cref="SavedPageHeader"/>), if any. Read once: several rules ask, and the header's patterns scan the page.
    /// </summary>
    public string? Url
    {
        get
        {
            if (!urlRead)
            {
                url = ReadUrl();
                urlRead = true;
            }
            return url;
        }
    }

    private string? url;
    private bool urlRead;

    private string? ReadUrl() => Intro.Blocks
        .Where(b => b.Kind == BlockKind.Html)
        .Select(b => UrlComment().Match(string.Join('\n', b.Lines.Select(l => l.Text))))
        .FirstOrDefault(m => m.Success)?.Groups["url"].Value ?? SavedPageHeader.Url(this);

    [GeneratedRegex(@"<!--\s*url:\s*(?<url>\S+)")]
    private static partial Regex UrlComment();

    /// <summary>The raw text of a 1-based source line, trimmed (front matter evidence).</summary>
    public string RawLine(int line)
    {
        var lines = rawLines ??= Text.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : "";
    }

    private string[]? rawLines;
}
