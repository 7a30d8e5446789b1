using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// The intro paragraph becomes the Source's summary (a date alone under the title is the header's, not a summary); an
/// <c>&lt;!-- url: … --&gt;</c> comment gives its url.
/// </summary>
internal sealed class IntroRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        var intro = context.Page.Intro.Blocks;
        var summary = intro.FirstOrDefault(b => b.Kind is BlockKind.Paragraph or BlockKind.Quote && WrittenDate.Read(b.Text) is null);
        context.Facts.Node(Labels.Source, context.SourceId, PageContext.Props(("summary", summary?.Text), ("url", context.Page.Url)));
    }
}
