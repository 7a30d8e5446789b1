using Graph.Api.Data;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Graph { nodes edges }: a piece of the graph ready to draw (neighborhood, path).</summary>
internal sealed class GraphViewType : ObjectGraphType<GraphView>
{
    public GraphViewType()
    {
        Name = "Graph";
        Description = "Nodes and the relationships among them, ready to draw. For a path, nodes and edges are in path order.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Description("The nodes; the one asked about first.").Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeType>>>>("edges").Description("Relationships whose both ends are among the nodes.").Resolve(context => context.Source.Edges);
    }
}

/// <summary>GraphEdge: a relationship as drawn, from one node id to another, with its provenance.</summary>
internal sealed class GraphEdgeType : ObjectGraphType<GraphEdge>
{
    public GraphEdgeType()
    {
        Name = "GraphEdge";
        Description = "A relationship between two nodes of a Graph, in its stored direction, with the page, line and sentence it comes from.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The relationship's id in the store (stable while the store is unchanged).").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Description("The relationship type, e.g. HOLDS.").Resolve(context => context.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("from").Description("The id of the node it points from.").Resolve(context => context.Source.From);
        Field<NonNullGraphType<IdGraphType>>("to").Description("The id of the node it points to.").Resolve(context => context.Source.To);
        Field<StringGraphType>("role").Description("For APPEARS_IN: guest, host, author...").Resolve(context => context.Source.Text("role"));
        Field<StringGraphType>("evidence").Description("The sentence it was read from.").Resolve(context => context.Source.Text("evidence"));
        Field<StringGraphType>("rule").Description("The extraction rule that read it, when the importer recorded one.").Resolve(context => context.Source.Text("rule"));
        Field<FloatGraphType>("confidence").Description("How sure that rule is of it, from 0 to 1, when recorded.").Resolve(context => ProvenanceValues.Confidence(context.Source.Properties));
        Field<StringGraphType>("page").Description("The wiki page it was read from, relative to the wiki root.").Resolve(context => context.Source.Text("page"));
        Field<StringGraphType>("section").Description("The page's section it was read from.").Resolve(context => context.Source.Text("section"));
        Field<IntGraphType>("line").Description("The 1-based line in the page.").Resolve(context => context.Source.Line is { } line ? (int?)checked((int)line) : null);
    }
}

/// <summary>RelatedSource { source distance }: one answer of Query.related.</summary>
internal sealed class RelatedSourceType : ObjectGraphType<RelatedSource>
{
    public RelatedSourceType()
    {
        Name = "RelatedSource";
        Description = "A source reached from the one asked about along RELATED_TO relationships.";
        Field<NonNullGraphType<SourceType>>("source").Description("The related source.").Resolve(context => context.Source.Source);
        Field<NonNullGraphType<IntGraphType>>("distance").Description("How many RELATED_TO hops away it is (1 is directly related).").Resolve(context => checked((int)context.Source.Distance));
    }
}
