using Graph.Import.Parsing;

namespace Graph.Import.Extraction;

/// <summary>
/// The title a page's Source node is known by, in order of authority: front matter <c>title</c>, the
/// <c># Title</c> heading, a bare title line opening the page, the file named on the Source line, the page's own
/// file name. Aliases come from front matter.
/// </summary>
internal sealed record PageIdentity(string Title, IReadOnlyList<string> Aliases, SourceLine? SourceLine)
{
    public static PageIdentity Of(WikiPage page, string pagePath)
    {
        var sourceLine = page.SourceLine is { } block ? SourceLine.Parse(block.Text) : null;
        var title = page.FrontMatter?.Title?.Name
            ?? NonEmpty(page.Heading?.Text)
            ?? BareTitleLine(page)
            ?? Humanize(sourceLine?.File)
            ?? Humanize(pagePath)
            ?? pagePath;
        return new PageIdentity(PageContext.Clean(title), page.FrontMatter?.Aliases ?? [], sourceLine);
    }

    /// <summary>The vocabulary entry that lets other pages' Related bullets find this page's Source by title or alias.</summary>
    public VocabularyEntry AsVocabularyEntry() => new(EntityKind.Source, Title, Aliases);

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    // Pages saved from the web as text often open with the title on a line of its own ("From ChatGPT to Uber: …"),
    // with no '#'. Take that first line when it reads like a title: short, not a sentence, not a quotation.
    private static string? BareTitleLine(WikiPage page)
    {
        var first = page.Intro.Blocks.FirstOrDefault(b => b.Kind != BlockKind.Html);
        if (first is not { Kind: BlockKind.Paragraph, Lines: [var line, ..] })
        {
            return null;
        }
        var text = line.Text.Trim();
        return text.Length is >= 3 and <= MaxBareTitleLength
            && !".!?:;,…".Contains(text[^1], StringComparison.Ordinal)
            && !"\"“”'‘’«".Contains(text[0], StringComparison.Ordinal)
            ? text
            : null;
    }

    private const int MaxBareTitleLength = 160;

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
