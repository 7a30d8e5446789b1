using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A company, lab or other organization: who works there (with their role) and which tools it makes.</summary>
internal sealed class OrganizationType : ObjectGraphType<GraphEntity>
{
    public OrganizationType()
    {
        this.AsNode(Labels.Organization, "A company, lab, university or other organization, such as OpenAI or Anthropic.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The organization's name.").Resolve(context => context.Source.DisplayName);
        this.Aliases();
        this.Related<PersonType>("people", GraphHops.OrganizationPeople, "People the wiki says work there (the role is on each relationship: staff).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphLinkType>>>>("staff")
            .Description("Who works there: each WORKS_AT relationship with the person (node), their role and where the wiki says so; ordered by page and line.")
            .Resolve(context => NodeFields.Loaders(context).LinksOf(Labels.Organization)
                .LoadWhere(context.Source.Id, link => link.Type == RelationshipTypes.WorksAt && !link.Outgoing));
        this.Related<ToolType>("makes", GraphHops.OrganizationMakes, "Tools it makes.");
        this.Related<SourceType>("mentionedIn", GraphHops.OrganizationMentionedIn, "Sources that mention it.");
    }
}
