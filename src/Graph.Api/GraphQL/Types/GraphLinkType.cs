using Graph.Api.Data;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Relationship: one relationship of a node, the node at its other end, and where in the wiki it comes from.</summary>
internal sealed class GraphLinkType : ObjectGraphType<GraphLink>
{
    public GraphLinkType()
    {
        Name = "Relationship";
        Description = "A relationship of a node, seen from that node: its type, direction, the node at the other end, and its provenance.";
        Field<NonNullGraphType<StringGraphType>>("type").Description("The relationship type, e.g. HOLDS or PAIRS_WITH.").Resolve(context => context.Source.Type);
        Field<NonNullGraphType<RelationshipDirectionType>>("direction").Description("Whether it points away from this node or towards it.")
            .Resolve(context => context.Source.Outgoing ? RelationshipDirection.Outgoing : RelationshipDirection.Incoming);
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node at the other end.").Resolve(context => context.Source.Other);
        Field<StringGraphType>("role").Description("For APPEARS_IN: guest, host, author...").Resolve(context => context.Source.Text("role"));
        Field<StringGraphType>("evidence").Description("The sentence it was read from.").Resolve(context => context.Source.Text("evidence"));
        Field<StringGraphType>("page").Description("The wiki page it was read from, relative to the wiki root.").Resolve(context => context.Source.Text("page"));
        Field<StringGraphType>("section").Description("The page's section it was read from.").Resolve(context => context.Source.Text("section"));
        Field<StringGraphType>("rule").Description("The extraction rule that found it (labelled-line, takeaways, tool-version...).").Resolve(context => context.Source.Text("rule"));
        Field<FloatGraphType>("confidence").Description("How sure that rule is, from 0 to 1 (1 for front matter).")
            .Resolve(context => ProvenanceValues.Confidence(context.Source.Properties));
        Field<IntGraphType>("line").Description("The 1-based line in the page.").Resolve(context => context.Source.Line is { } line ? (int?)checked((int)line) : null);
    }
}

internal enum RelationshipDirection
{
    Outgoing,
    Incoming,
}

/// <summary>enum RelationshipDirection { OUTGOING INCOMING }</summary>
internal sealed class RelationshipDirectionType : EnumerationGraphType<RelationshipDirection>
{
    public RelationshipDirectionType()
    {
        Name = "RelationshipDirection";
        Description = "Which way a relationship points, seen from the node it was asked for.";
    }
}
