using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>The intro paragraph becomes the Source's summary; an <c>&lt;!-- url: … --&gt;</c> comment gives its url.</summary>
internal sealed partial class IntroRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        var intro = context.Page.Intro.Blocks;
        var summary = intro.FirstOrDefault(b => b.Kind is BlockKind.Paragraph or BlockKind.Quote);
        var url = intro
            .Where(b => b.Kind == BlockKind.Html)
            .Select(b => UrlComment().Match(string.Join('\n', b.Lines.Select(l => l.Text))))
            .FirstOrDefault(m => m.Success)?.Groups["url"].Value;
        context.Facts.Node(Labels.Source, context.SourceId, PageContext.Props(("summary", summary?.Text), ("url", url)));
    }

    [GeneratedRegex(@"<!--\s*url:\s*(?<url>\S+)")]
    private static partial Regex UrlComment();
}
