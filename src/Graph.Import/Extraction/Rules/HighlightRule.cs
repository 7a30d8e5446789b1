using System.Text.RegularExpressions;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// "==Energy, not chips, will be the binding constraint.==" A note-taker highlights what they found to be a point: each
/// highlight of a statement's length (four to forty words) outside code is one the source CLAIMS and its guests HOLD.
/// The text rules read the highlight as plain words (<see cref="InlineText"/>); this rule finds it in the page's source.
/// </summary>
internal sealed partial class HighlightRule : IExtractionRule
{
    private const int MinWords = 4;
    private const int MaxWords = 40;

    public void Apply(PageContext context)
    {
        var text = context.Page.Text;
        if (!text.Contains("==", StringComparison.Ordinal))
        {
            return;
        }
        var line = 1;
        var counted = 0;
        foreach (Match match in Highlight().Matches(text))
        {
            line += text.AsSpan(counted, match.Index - counted).Count('\n');
            counted = match.Index;
            var point = match.Groups["text"].Value.Trim();
            var words = point.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is < MinWords or > MaxWords || BlockAt(context.Page, line) is not var (section, block) || block.Kind == BlockKind.Code)
            {
                continue;
            }
            using var _ = context.Facts.Because("highlight", 0.6);
            TakeawaysRule.Claim(context, context.Thesis(PageContext.ThesisName(point)), context.Provenance(section.Name, line, point));
        }
    }

    private static (PageSection, PageBlock)? BlockAt(WikiPage page, int line)
    {
        foreach (var section in page.Sections)
        {
            foreach (var block in section.Blocks)
            {
                if (block.Lines.Any(l => l.Line == line))
                {
                    return (section, block);
                }
            }
        }
        return null;
    }

    [GeneratedRegex(@"==(?<text>[^=\s\n](?:[^=\n]*[^=\s\n])?)==")]
    private static partial Regex Highlight();
}
