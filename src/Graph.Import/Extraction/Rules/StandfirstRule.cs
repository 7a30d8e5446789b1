using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// A page saved from the web puts its standfirst right under the title: the one line that says what the piece argues
/// ("Through research previews, the team ships in a week"). When that line states a point it is the page's main one,
/// held like its other points; "Product lead on shipping weekly and prototypes over docs" states it after the "on".
/// A line that only describes the episode ("Maria joins us to discuss…") or metadata is no standfirst, and one with an
/// "argues that" is left to <see cref="ArguesThatRule"/>. Pages with a <c># Title</c> open on their own summary instead.
/// </summary>
internal sealed partial class StandfirstRule : IExtractionRule
{
    private const int MinWords = 6;
    private const int MaxWords = 45;
    private const int MaxMetadataWords = 12; // "Sep 14, 2025 · 45 min": a long line that names minutes is prose

    public void Apply(PageContext context)
    {
        if (context.Identity.TitleRule.Rule != "title-line" || Standfirst(context) is not var (block, line, text))
        {
            return;
        }
        var sentences = Sentences.Split(text);
        var point = sentences.Count > 0 ? sentences[0].Text : text;
        if (OnTopics().Match(point) is { Success: true } on && !Statements.IsStatement(on.Groups["who"].Value))
        {
            point = on.Groups["what"].Value;
        }
        var name = PageContext.ThesisName(point);
        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3)
        {
            return;
        }
        using var _ = context.Facts.Because("standfirst", 0.5);
        TakeawaysRule.Claim(context, context.Thesis(name), context.Provenance(context.Page.Intro.Name, line, point));
        context.BlockTheses.TryAdd(block, [context.Thesis(name)]);
    }

    // The first line after the title's own line, when it reads as a standfirst.
    private static (PageBlock Block, int Line, string Text)? Standfirst(PageContext context)
    {
        var lines = context.Page.Intro.Blocks
            .Where(b => b.Kind is BlockKind.Paragraph)
            .SelectMany(b => b.Lines.Select(l => (Block: b, l.Line, Text: l.Text.Trim())))
            .Where(l => l.Text.Length > 0)
            .ToList();
        var at = lines.FindIndex(l => l.Line == context.TitleLine);
        if (at < 0 || at + 1 >= lines.Count)
        {
            return null;
        }
        var (block, line, text) = lines[at + 1];
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var reads = words is >= MinWords and <= MaxWords && char.IsUpper(text[0]) && text[^1] is not ('?' or ':')
            && !text.Contains(" | ", StringComparison.Ordinal) && !PageCleaner.IsChrome(text) && !(words <= MaxMetadataWords && TitleChooser.IsMetadata(text))
            && !Describes().IsMatch(text) && !ArguesThatRule.HasArguingVerb(text);
        return reads ? (block, line, text) : null;
    }

    // "Cat Wu joins Lenny to discuss…", "In this episode…": the line tells what the recording is, not what it argues.
    [GeneratedRegex(@"(?i)\b(?:joins?|joined|sits? down|sat down|talks? (?:with|to|about)|discuss(?:es|ed)?|conversation|interview(?:s|ed)?|episode|podcast|listen|watch|subscribe|welcomes?|hosted|guest)\b")]
    private static partial Regex Describes();

    // "Claude Code product lead on getting feedback every ten minutes": who, then what they speak on.
    [GeneratedRegex(@"^(?<who>(?:\S+\s+){0,6}?\S+)\s+on\s+(?<what>\S.*)$")]
    private static partial Regex OnTopics();
}
