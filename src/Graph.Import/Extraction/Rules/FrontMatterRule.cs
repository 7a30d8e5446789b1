using Graph.Core.Model;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// Front matter facts, applied first so they win over inference: the Source's title, aliases, tags, url,
/// kind and date (<see cref="SourceDate"/>: front matter, else the saved page's header); its show; people with their roles; tools mentioned. (Declared theses are claimed by
/// <see cref="TakeawaysRule"/>, once the participants are known.)
/// </summary>
internal sealed class FrontMatterRule : IExtractionRule
{
    public const string Section = "front matter";

    public void Apply(PageContext context)
    {
        var fm = context.Page.FrontMatter;
        // The Source says where its title came from: front matter, a heading, a saved page's metadata, a chosen line, a file name.
        using (context.Facts.Because(context.Identity.TitleRule.Rule, context.Identity.TitleRule.Confidence))
        {
            context.Facts.Node(Labels.Source, context.SourceId, PageContext.Props(
            [
                ("title", context.Identity.Title),
                ("kind", fm?.Kind?.Name),
                ("url", fm?.Url?.Name),
                .. SourceDate.Properties(SourceDate.Of(context.Page)),
                ("aliases", fm is { Aliases.Count: > 0 } ? fm.Aliases.Cast<object?>().ToList() : null),
                ("tags", fm is { Tags.Count: > 0 } ? fm.Tags.Cast<object?>().ToList() : null),
            ]));
        }
        if (fm is null)
        {
            return;
        }
        if (fm.Show is { } show)
        {
            var showId = context.Show(show.Name);
            context.Facts.Relationship(RelationshipTypes.PublishedOn, context.SourceId, showId, Provenance(context, show));
        }
        var defaultRole = DefaultRole(fm.Kind?.Name);
        foreach (var person in fm.People)
        {
            if (context.Person(person.Name) is { } personId)
            {
                context.Participant(personId, person.Role?.ToLowerInvariant() ?? defaultRole, Provenance(context, person));
            }
        }
        foreach (var tool in fm.Tools)
        {
            var entry = context.Vocabulary.Find(EntityKind.Tool, tool.Name) ?? new VocabularyEntry(EntityKind.Tool, tool.Name, []);
            context.Facts.Relationship(RelationshipTypes.Mentions, context.SourceId, context.Tool(entry), Provenance(context, tool));
        }
    }

    public static Provenance Provenance(PageContext context, FrontMatterItem item) =>
        context.Provenance(Section, item.Line, context.Page.RawLine(item.Line));

    /// <summary>Written work has authors; everything else (episodes, interviews, talks) has guests.</summary>
    public static string DefaultRole(string? kind) => kind?.ToLowerInvariant() switch
    {
        "essay" or "post" or "blog post" or "article" or "paper" or "newsletter" or "memo" or "thread" or "review" => "author",
        "talk" or "keynote" or "lecture" => "speaker",
        _ => "guest",
    };
}
