using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A podcast episode, talk, essay or paper the wiki has a page about or relates to.</summary>
internal sealed class SourceType : ObjectGraphType<GraphEntity>
{
    public SourceType()
    {
        this.AsNode(Labels.Source, "A podcast episode, talk, essay or paper the wiki has a page about or relates to.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("The source's title.").Resolve(context => context.Source.DisplayName);
        this.Aliases();
        this.Text("url", "Where the source can be found.");
        this.Text("kind", "What kind of source it is: episode, interview, talk, essay, paper...");
        Field<CalendarDateType>("date").Description("The day it was published, where its page gives one; null otherwise (see dateText).")
            .Resolve(context => context.Source.Properties.GetValueOrDefault("date"));
        this.Text("dateText", "When it was published, in its page's words, where the page names no single day (\"March 2025\", \"2025\"); null when date is given.");
        this.Text("summary", "The wiki page's introduction.");
        Field<StringGraphType>("page").Description("The first (in path order) wiki page that describes it, relative to the wiki root; null when no page does.")
            .Resolve(context => NodeFields.Loaders(context).For(GraphHops.SourcePages).LoadAs(context.Source.Id, pages => Paths(pages).FirstOrDefault()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("pages").Description("Every wiki page that describes it (paths relative to the wiki root), in path order.")
            .Resolve(context => NodeFields.Loaders(context).For(GraphHops.SourcePages).LoadAs(context.Source.Id, pages => (IReadOnlyList<string>)Paths(pages)));
        this.RelatedOne<ShowType>("show", GraphHops.SourceShow, "The show it was published on.");
        this.Related<PersonType>("people", GraphHops.SourcePeople, "People who appear in it: guests, hosts, authors.");
        this.Related<ThesisType>("claims", GraphHops.SourceClaims, "Theses it argues.");
        this.Related<ToolType>("mentions", GraphHops.SourceMentions, "Tools it mentions.");
        this.Related<PersonType>("peopleMentioned", GraphHops.SourcePeopleMentioned, "People it names who do not take part in it.");
        this.Related<SourceType>("related", GraphHops.SourceRelated, "Sources the wiki relates to it, in either direction.");
        this.Related<QuoteType>("quotes", GraphHops.SourceQuotes, "Quotes from it.");
        this.Related<PracticeType>("suggests", GraphHops.SourceSuggests, "Things to try that it suggests.");
        this.Related<QuestionType>("asks", GraphHops.SourceAsks, "Open questions it raises.");
    }

    private static List<string> Paths(IEnumerable<GraphEntity> pages) =>
        pages.Select(page => page.Text("path")).OfType<string>().Order(StringComparer.Ordinal).ToList();
}
