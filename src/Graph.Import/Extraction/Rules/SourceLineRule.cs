using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// The Source line: file, url and kind onto the Source node; the show (PUBLISHED_ON); the people with their
/// role (APPEARS_IN: guest for "interview with", author for "essay by", host for "hosted by") and job
/// description and affiliation ("at OpenAI") on APPEARS_IN, so they go with the page; and BUILDS when the description says they lead or build a declared tool.
/// </summary>
internal sealed partial class SourceLineRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        if (context.Page.SourceLine is not { } block || context.Identity.SourceLine is not { } line)
        {
            return;
        }
        var provenance = context.Provenance("Source", block.Line, block.Text);
        context.Facts.Node(Labels.Source, context.SourceId, PageContext.Props(
            ("kind", line.Kind), ("url", line.Url), ("file", line.File)));
        if (line.Show is { } show && context.Vocabulary.FindAny(show, EntityKind.Organization, EntityKind.Person) is null)
        {
            context.Facts.Relationship(RelationshipTypes.PublishedOn, context.SourceId, context.Show(show), provenance);
        }
        var role = Role(line);
        var people = line.People.Select(context.Person).OfType<string>().ToList();
        var description = people.Count == 1 && line.Role is { } text ? Description(text) : null;
        var affiliation = description is null ? null : Affiliation().Match(description) is { Success: true } at ? at.Groups["org"].Value : null;
        foreach (var personId in people)
        {
            context.Participant(personId, role, provenance, description, affiliation);
        }
        if (people.Count == 1 && line.Role is { } said)
        {
            Describe(context, people[0], said, provenance);
        }
    }

    private static string Role(SourceLine line) => line.Connector switch
    {
        "hosted by" => "host",
        "by" or "from" => FrontMatterRule.DefaultRole(line.Kind) is "guest" ? "author" : FrontMatterRule.DefaultRole(line.Kind),
        _ => FrontMatterRule.DefaultRole(line.Kind) is "speaker" ? "speaker" : "guest",
    };

    private static string? Description(string said)
    {
        var hosted = HostedBy().Match(said);
        var text = hosted.Success ? said[..hosted.Index].Trim().TrimEnd(',', ';') : said;
        return text.Length == 0 ? null : text;
    }

    // "product & engineering lead for the Codex app at OpenAI": the host, and what they build.
    private static void Describe(PageContext context, string personId, string description, Provenance provenance)
    {
        var hosted = HostedBy().Match(description);
        var text = Description(description) ?? "";
        if (hosted.Success && context.Person(hosted.Groups["name"].Value) is { } hostId)
        {
            context.Participant(hostId, "host", provenance);
        }
        if (text.Length == 0)
        {
            return;
        }
        if (!BuilderWord().IsMatch(text))
        {
            return;
        }
        foreach (var mention in context.Mentions(text).Where(m => m.Entry.Kind == EntityKind.Tool))
        {
            context.Facts.Relationship(RelationshipTypes.Builds, personId, context.Tool(mention.Entry), provenance);
        }
    }

    [GeneratedRegex(@"\bat\s+(?<org>\p{Lu}[\p{L}\d.&\-]*(?:\s+\p{Lu}[\p{L}\d.&\-]*)*)")]
    private static partial Regex Affiliation();

    [GeneratedRegex(@"\b(lead|leads|leading|head|creator|co-creator|created|creates|founder|co-founder|builder|builds|building|built|engineer|manager|PM|designer|maintainer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BuilderWord();

    [GeneratedRegex(@"[,;]?\s*\bhosted by\s+(?<name>\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,3})")]
    private static partial Regex HostedBy();
}
