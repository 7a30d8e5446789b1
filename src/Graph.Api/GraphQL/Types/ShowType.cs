using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A podcast, channel or publication sources are published on.</summary>
internal sealed class ShowType : ObjectGraphType<GraphEntity>
{
    public ShowType()
    {
        this.AsNode(Labels.Show, "A podcast, channel or publication that sources are published on.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The show's name.").Resolve(context => context.Source.DisplayName);
        this.Aliases();
        this.Related<SourceType>("sources", GraphHops.ShowSources, "Sources published on it.");
    }
}
