using Graph.Core.Model;

namespace Graph.Api.Data;

/// <summary>Every relationship field the API serves, both ways between Source, Person, Organization, Thesis, Tool and Show, to quotes, practices and questions, and between pages and the sources they describe.</summary>
internal static class GraphHops
{
    public static readonly GraphHop PersonAppearsIn = new("Person.appearsIn", Labels.Person, RelationshipTypes.AppearsIn, HopDirection.Outgoing, Labels.Source);
    public static readonly GraphHop SourcePeople = new("Source.people", Labels.Source, RelationshipTypes.AppearsIn, HopDirection.Incoming, Labels.Person);
    public static readonly GraphHop PersonHolds = new("Person.holds", Labels.Person, RelationshipTypes.Holds, HopDirection.Outgoing, Labels.Thesis);
    public static readonly GraphHop ThesisHeldBy = new("Thesis.heldBy", Labels.Thesis, RelationshipTypes.Holds, HopDirection.Incoming, Labels.Person);
    public static readonly GraphHop PersonBuilds = new("Person.builds", Labels.Person, RelationshipTypes.Builds, HopDirection.Outgoing, Labels.Tool);
    public static readonly GraphHop ToolBuiltBy = new("Tool.builtBy", Labels.Tool, RelationshipTypes.Builds, HopDirection.Incoming, Labels.Person);
    public static readonly GraphHop SourceClaims = new("Source.claims", Labels.Source, RelationshipTypes.Claims, HopDirection.Outgoing, Labels.Thesis);
    public static readonly GraphHop ThesisClaimedBy = new("Thesis.claimedBy", Labels.Thesis, RelationshipTypes.Claims, HopDirection.Incoming, Labels.Source);
    public static readonly GraphHop SourceMentions = new("Source.mentions", Labels.Source, RelationshipTypes.Mentions, HopDirection.Outgoing, Labels.Tool);
    public static readonly GraphHop ToolMentionedIn = new("Tool.mentionedIn", Labels.Tool, RelationshipTypes.Mentions, HopDirection.Incoming, Labels.Source);
    public static readonly GraphHop SourceRelated = new("Source.related", Labels.Source, RelationshipTypes.RelatedTo, HopDirection.Either, Labels.Source);
    public static readonly GraphHop SourceShow = new("Source.show", Labels.Source, RelationshipTypes.PublishedOn, HopDirection.Outgoing, Labels.Show);
    public static readonly GraphHop ShowSources = new("Show.sources", Labels.Show, RelationshipTypes.PublishedOn, HopDirection.Incoming, Labels.Source);
    public static readonly GraphHop ThesisPairsWith = new("Thesis.pairsWith", Labels.Thesis, RelationshipTypes.PairsWith, HopDirection.Either, Labels.Thesis);
    public static readonly GraphHop ThesisContrastsWith = new("Thesis.contrastsWith", Labels.Thesis, RelationshipTypes.ContrastsWith, HopDirection.Either, Labels.Thesis);

    public static readonly GraphHop PersonWorksAt = new("Person.worksAt", Labels.Person, RelationshipTypes.WorksAt, HopDirection.Outgoing, Labels.Organization);
    public static readonly GraphHop OrganizationPeople = new("Organization.people", Labels.Organization, RelationshipTypes.WorksAt, HopDirection.Incoming, Labels.Person);
    public static readonly GraphHop OrganizationMakes = new("Organization.makes", Labels.Organization, RelationshipTypes.Makes, HopDirection.Outgoing, Labels.Tool);
    public static readonly GraphHop ToolMadeBy = new("Tool.madeBy", Labels.Tool, RelationshipTypes.Makes, HopDirection.Incoming, Labels.Organization);
    public static readonly GraphHop OrganizationMentionedIn = new("Organization.mentionedIn", Labels.Organization, RelationshipTypes.Mentions, HopDirection.Incoming, Labels.Source);
    public static readonly GraphHop SourcePeopleMentioned = new("Source.peopleMentioned", Labels.Source, RelationshipTypes.Mentions, HopDirection.Outgoing, Labels.Person);

    public static readonly GraphHop PersonSaid = new("Person.said", Labels.Person, RelationshipTypes.Said, HopDirection.Outgoing, Labels.Quote);
    public static readonly GraphHop QuoteSaidBy = new("Quote.saidBy", Labels.Quote, RelationshipTypes.Said, HopDirection.Incoming, Labels.Person);
    public static readonly GraphHop QuoteFrom = new("Quote.from", Labels.Quote, RelationshipTypes.From, HopDirection.Outgoing, Labels.Source);
    public static readonly GraphHop SourceQuotes = new("Source.quotes", Labels.Source, RelationshipTypes.From, HopDirection.Incoming, Labels.Quote);
    public static readonly GraphHop QuoteSupports = new("Quote.supports", Labels.Quote, RelationshipTypes.Supports, HopDirection.Outgoing, Labels.Thesis);
    public static readonly GraphHop ThesisSupportedBy = new("Thesis.supportedBy", Labels.Thesis, RelationshipTypes.Supports, HopDirection.Incoming, Labels.Quote);
    public static readonly GraphHop SourceSuggests = new("Source.suggests", Labels.Source, RelationshipTypes.Suggests, HopDirection.Outgoing, Labels.Practice);
    public static readonly GraphHop PracticeSuggestedBy = new("Practice.suggestedBy", Labels.Practice, RelationshipTypes.Suggests, HopDirection.Incoming, Labels.Source);
    public static readonly GraphHop SourceAsks = new("Source.asks", Labels.Source, RelationshipTypes.Asks, HopDirection.Outgoing, Labels.Question);
    public static readonly GraphHop QuestionAskedBy = new("Question.askedBy", Labels.Question, RelationshipTypes.Asks, HopDirection.Incoming, Labels.Source);

    public static readonly GraphHop SourcePages = new("Source.describedBy", Labels.Source, RelationshipTypes.Describes, HopDirection.Incoming, Labels.Page);
    public static readonly GraphHop PageDescribes = new("Page.describes", Labels.Page, RelationshipTypes.Describes, HopDirection.Outgoing, Labels.Source);

    public static IReadOnlyList<GraphHop> All { get; } =
    [
        PersonAppearsIn, SourcePeople, PersonHolds, ThesisHeldBy, PersonBuilds, ToolBuiltBy, SourceClaims, ThesisClaimedBy,
        SourceMentions, ToolMentionedIn, SourceRelated, SourceShow, ShowSources, ThesisPairsWith, ThesisContrastsWith,
        PersonSaid, QuoteSaidBy, QuoteFrom, SourceQuotes, QuoteSupports, ThesisSupportedBy,
        SourceSuggests, PracticeSuggestedBy, SourceAsks, QuestionAskedBy,
        PersonWorksAt, OrganizationPeople, OrganizationMakes, ToolMadeBy, OrganizationMentionedIn, SourcePeopleMentioned,
        SourcePages, PageDescribes,
    ];
}
