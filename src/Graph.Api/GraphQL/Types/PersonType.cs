using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A guest, host or author.</summary>
internal sealed class PersonType : ObjectGraphType<GraphEntity>
{
    public PersonType()
    {
        this.AsNode(Labels.Person, "A guest, host or author of a source.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Full name.").Resolve(context => context.Source.DisplayName);
        this.Aliases();
        this.Text("affiliation", "Where they work, when the vocabulary says.");
        this.Related<SourceType>("appearsIn", GraphHops.PersonAppearsIn, "Sources they appear in, in any role.");
        this.Related<ThesisType>("holds", GraphHops.PersonHolds, "Theses they hold.");
        this.Related<ToolType>("builds", GraphHops.PersonBuilds, "Tools they build.");
        this.Related<OrganizationType>("worksAt", GraphHops.PersonWorksAt, "Organizations the wiki says they work at (the role is on each relationship).");
        this.Related<QuoteType>("said", GraphHops.PersonSaid, "Quotes of theirs the wiki records.");
    }
}
