using Graph.Core.Model;

namespace Graph.Api.Data;

/// <summary>Every relationship field the API serves, both ways between Source, Person, Thesis, Tool and Show.</summary>
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

    public static IReadOnlyList<GraphHop> All { get; } =
    [
        PersonAppearsIn, SourcePeople, PersonHolds, ThesisHeldBy, PersonBuilds, ToolBuiltBy, SourceClaims, ThesisClaimedBy,
        SourceMentions, ToolMentionedIn, SourceRelated, SourceShow, ShowSources, ThesisPairsWith, ThesisContrastsWith,
    ];
}
