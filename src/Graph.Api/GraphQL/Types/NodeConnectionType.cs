using Graph.Api.Data;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>A Relay connection of one label's nodes (SourceConnection...): edges with cursors, nodes, pageInfo and totalCount.</summary>
internal sealed class NodeConnectionType<TNodeType> : ObjectGraphType<NodePage>
    where TNodeType : IGraphType
{
    public NodeConnectionType()
    {
        var label = NodeTypeLabels.Of<TNodeType>();
        Name = $"{label}Connection";
        Description = $"A page of {label} nodes, with the total that match and how to ask for the next page.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many nodes match, over all pages.")
            .Resolve(context => checked((int)context.Source.Total));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeEdgeType<TNodeType>>>>>("edges").Description("The page's nodes, each with its cursor.")
            .Resolve(context => context.Source.Nodes.Select((node, index) => new NodeEdge(node, PageCursor.For(context.Source.Skip + index))).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The page's nodes, without cursors.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Whether there are more pages, and the cursors that bound this one.")
            .Resolve(context => context.Source);
    }
}

/// <summary>SourceEdge...: a node of a connection and the cursor to pass as `after` to continue after it.</summary>
internal sealed class NodeEdgeType<TNodeType> : ObjectGraphType<NodeEdge>
    where TNodeType : IGraphType
{
    public NodeEdgeType()
    {
        var label = NodeTypeLabels.Of<TNodeType>();
        Name = $"{label}Edge";
        Description = $"A {label} in a connection, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to get the nodes after this one.").Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The node.").Resolve(context => context.Source.Node);
    }
}

internal sealed record NodeEdge(GraphEntity Node, string Cursor);

/// <summary>PageInfo of the Relay connection spec.</summary>
internal sealed class PageInfoType : ObjectGraphType<NodePage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page sits among all the matching nodes.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when nodes follow this page.")
            .Resolve(context => context.Source.Skip + context.Source.Nodes.Count < context.Source.Total);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("True when nodes precede this page.")
            .Resolve(context => context.Source.Skip > 0);
        Field<StringGraphType>("startCursor").Description("The cursor of the page's first node; null for an empty page.")
            .Resolve(context => context.Source.Nodes.Count > 0 ? PageCursor.For(context.Source.Skip) : null);
        Field<StringGraphType>("endCursor").Description("The cursor of the page's last node; null for an empty page.")
            .Resolve(context => context.Source.Nodes.Count > 0 ? PageCursor.For(context.Source.Skip + context.Source.Nodes.Count - 1) : null);
    }
}

/// <summary>The label a node graph type stands for, SourceType is Source, and back.</summary>
internal static class NodeTypeLabels
{
    public static string Of<TNodeType>() =>
        typeof(TNodeType).Name is var name && name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4] : typeof(TNodeType).Name;

    /// <summary>The node graph type of a label: Source is SourceType. Used while the schema is built, never per request.</summary>
    public static Type GraphTypeOf(string label) =>
        typeof(NodeTypeLabels).Assembly.GetType($"{typeof(NodeTypeLabels).Namespace}.{label}Type")
            ?? throw new ArgumentOutOfRangeException(nameof(label), label, "No node graph type serves this label.");
}
