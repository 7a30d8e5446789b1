using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// Names whose links say what they are (<see cref="LinkTarget"/>): "[Granola](https://granola.ai)" is a product or
/// company with a site of its own, "[Tomas Reyes](https://x.com/treyes)" a person. A site of its own is a company when
/// the vocabulary or the sentence says so ("the startup [X](…)"), else a tool. The source MENTIONS each.
/// </summary>
internal sealed partial class LinkRule : IExtractionRule
{
    private const double Confidence = 0.85;

    public void Apply(PageContext context)
    {
        if (!context.Page.Text.Contains("](http", StringComparison.Ordinal))
        {
            return;
        }
        var raw = context.Page.Text.Split('\n');
        foreach (var (section, block) in context.Blocks())
        {
            if (section.Kind == SectionKind.Related)
            {
                continue; // links between the wiki's own pages are the Related rule's
            }
            foreach (var line in block.Lines.Where(l => l.Line <= raw.Length && raw[l.Line - 1].Contains("](http", StringComparison.Ordinal)))
            {
                foreach (Match link in MarkdownLink().Matches(raw[line.Line - 1]))
                {
                    var text = PageContext.Clean(link.Groups["text"].Value).Trim();
                    var at = block.Text.IndexOf(text, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        Add(context, text, LinkTarget.Classify(text, link.Groups["url"].Value), section, block, at);
                    }
                }
            }
        }
    }

    private static void Add(PageContext context, string text, LinkKind kind, PageSection section, PageBlock block, int at)
    {
        using var _ = context.Facts.Because(kind switch { LinkKind.Person => "profile-link", LinkKind.Company => "company-link", _ => "own-site-link" }, Confidence);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var personShaped = words.Length is 2 or 3 && FirstNames.Contains(words[0]) && context.Vocabulary.FindAny(text, EntityKind.Tool, EntityKind.Organization, EntityKind.Show) is null;
        switch (kind)
        {
            case LinkKind.Person or LinkKind.OwnSite when personShaped:
                // "[Simon Willison](https://simonwillison.net)": a person's own site is named for them.
                if (context.Person(text) is { } personId && !context.Participants.Any(p => p.PersonId == personId))
                {
                    context.Mentioned(personId, context.Provenance(section, block, PageContext.SentenceAt(block, at)));
                }
                break;
            case LinkKind.Company:
            case LinkKind.OwnSite when context.Vocabulary.Find(EntityKind.Organization, text) is not null || OrganizationRule.IsCalledCompany(block.Text, at):
                if (context.Organization(text) is { } organizationId)
                {
                    context.MentionOnce(organizationId, section.Name, block, at);
                }
                break;
            case LinkKind.OwnSite when context.Vocabulary.FindAny(text, EntityKind.Person, EntityKind.Show, EntityKind.Source) is null:
                context.MentionOnce(context.Tool(context.Vocabulary.Find(EntityKind.Tool, text) ?? new VocabularyEntry(EntityKind.Tool, text, [])), section.Name, block, at);
                break;
        }
    }

    // "[text](https://…)", not an image ("![alt](…)").
    [GeneratedRegex(@"(?<!!)\[(?<text>[^\[\]]{2,60})\]\((?<url>https?://[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();
}
