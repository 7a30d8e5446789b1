using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A company, lab or other organization people work at and that makes tools.</summary>
internal sealed class OrganizationType : ObjectGraphType<GraphEntity>
{
    public OrganizationType()
    {
        this.AsNode(Labels.Organization, "A company, lab or other organization that people work at and that makes tools, such as OpenAI.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The organization's name.").Resolve(context => context.Source.DisplayName);
        this.Aliases();
        this.Related<PersonType>("people", GraphHops.OrganizationPeople, "People who work at it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphLinkType>>>>("staff")
            .Description("Who works at it, each WORKS_AT relationship with the person (node), their role and where the wiki says so; ordered by page and line.")
            .Resolve(context => NodeFields.Loaders(context).LinksOf(Labels.Organization)
                .LoadWhere(context.Source.Id, link => link.Type == RelationshipTypes.WorksAt && !link.Outgoing));
        this.Related<ToolType>("makes", GraphHops.OrganizationMakes, "Tools it makes.");
    }
}
