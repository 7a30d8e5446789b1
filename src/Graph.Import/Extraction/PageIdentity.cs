using Graph.Import.Parsing;

namespace Graph.Import.Extraction;

/// <summary>
/// The title a page's Source node is known by, in order of authority: front matter <c>title</c>, the
/// <c># Title</c> heading, the title a saved page's metadata gives (<see cref="SavedPageHeader"/>), the most title-like line near the top (<see cref="TitleChooser"/>), the file named on the Source line, the page's own
/// file name. Aliases come from front matter.
/// </summary>
internal sealed record PageIdentity(string Title, IReadOnlyList<string> Aliases, SourceLine? SourceLine)
{
    /// <summary>Where the title came from ("front-matter", "heading", "title-line", "file-name"…) and how sure that is.</summary>
    public (string Rule, double Confidence) TitleRule { get; private init; }

    /// <summary>The title as the page writes it, with the show and site names <see cref="Title"/> leaves out ("… | Dwarkesh Patel"): who it names.</summary>
    public string WrittenTitle { get; private init; } = "";

    public static PageIdentity Of(WikiPage page, string pagePath)
    {
        var sourceLine = page.SourceLine is { } block ? SourceLine.Parse(block.Text) : null;
        var (title, rule) = Either(page.FrontMatter?.Title?.Name, ("front-matter", 1.0))
            ?? Either(NonEmpty(page.Heading?.Text), ("heading", 1.0))
            ?? Either(SavedPageHeader.Title(page), ("saved-metadata", 0.95))
            ?? Either(TitleChooser.Choose(page, pagePath, page.Url), ("title-line", 0.7))
            ?? Either(TitleChooser.FromUrl(page.Url), ("url", 0.5))
            ?? Either(Humanize(sourceLine?.File), ("source-line", 0.9))
            ?? (Humanize(pagePath) ?? pagePath, ("file-name", 0.4));
        var written = PageContext.Clean(title);
        var shown = rule.Item1 is "saved-metadata" or "title-line" ? TitleChooser.WithoutSiteNames(written) : written;
        return new PageIdentity(shown, page.FrontMatter?.Aliases ?? [], sourceLine) { TitleRule = rule, WrittenTitle = written };
    }

    private static (string, (string, double))? Either(string? title, (string, double) rule) => title is null ? null : (title, rule);

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
