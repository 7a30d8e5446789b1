using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A wiki page the graph was read from: its path, title and the Source it describes (id <c>page:</c> + path).</summary>
internal sealed class PageType : ObjectGraphType<GraphEntity>
{
    public PageType()
    {
        this.AsNode(Labels.Page, "A wiki page the graph was read from; its id is page: followed by its path. Several pages may describe one source.");
        Field<NonNullGraphType<StringGraphType>>("path").Description("The page's path relative to the wiki root.").Resolve(context => context.Source.Text("path") ?? context.Source.Id);
        this.Text("title", "The title the page gives its source.");
        this.Aliases();
        this.Text("url", "The address from the page's url comment, when it has one.");
        this.RelatedOne<SourceType>("describes", GraphHops.PageDescribes, "The source the page describes.");
    }
}
