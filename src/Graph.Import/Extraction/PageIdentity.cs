using Graph.Import.Parsing;

namespace Graph.Import.Extraction;

/// <summary>
/// The title a page's Source node is known by, in order of authority: front matter <c>title</c>, the
/// <c># Title</c> heading, the title a saved page's metadata gives (<see cref="SavedPageHeader"/>), the most title-like line near the top (<see cref="TitleChooser"/>), the file named on the Source line, the page's own
/// file name. Aliases come from front matter.
/// </summary>
internal sealed record PageIdentity(string Title, IReadOnlyList<string> Aliases, SourceLine? SourceLine)
{
    public static PageIdentity Of(WikiPage page, string pagePath)
    {
        var sourceLine = page.SourceLine is { } block ? SourceLine.Parse(block.Text) : null;
        var title = page.FrontMatter?.Title?.Name
            ?? NonEmpty(page.Heading?.Text)
            ?? SavedPageHeader.Title(page)
            ?? TitleChooser.Choose(page, pagePath, page.Url)
            ?? TitleChooser.FromUrl(page.Url)
            ?? Humanize(sourceLine?.File)
            ?? Humanize(pagePath)
            ?? pagePath;
        return new PageIdentity(PageContext.Clean(title), page.FrontMatter?.Aliases ?? [], sourceLine);
    }

    /// <summary>The vocabulary entry that lets other pages' Related bullets find this page's Source by title or alias.</summary>
    public VocabularyEntry AsVocabularyEntry() => new(EntityKind.Source, Title, Aliases);

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    // "raw/OpenAI_Codex_lead_on_the_new_shape.md" -> "OpenAI Codex lead on the new shape"
    private static string? Humanize(string? file)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return null;
        }
        var name = Path.GetFileNameWithoutExtension(file.Replace('\\', '/').Split('/')[^1]);
        var words = name.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? null : words;
    }
}
