using Graph.Api.Data;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Query.sources, Query.people...: a label's nodes as a Relay connection with first/after, where and orderBy.</summary>
internal static class NodeListField
{
    public static void NodeList<TNodeType>(this ObjectGraphType type, string name, string description)
        where TNodeType : IGraphType
    {
        var label = NodeTypeLabels.Of<TNodeType>();
        type.Field<NonNullGraphType<NodeConnectionType<TNodeType>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", "How many nodes to return (at most the configured page size limit, 100 by default; 20 when not given).")
            .Argument<StringGraphType>("after", "Return the nodes after this cursor (from edges.cursor or pageInfo.endCursor).")
            .Argument<NodeWhereType<TNodeType>>("where", "Only nodes that meet these conditions.")
            .Argument<ListGraphType<NonNullGraphType<NodeOrderType<TNodeType>>>>("orderBy", $"Sort keys, first one first, each a property (field) or a relationship count (count); ties and the default order go by {NodeCatalog.For(label).NameProperty}, then id.")
            .ResolveAsync(async context =>
            {
                var limits = context.Limits();
                var first = context.BoundedArgument("first", limits.DefaultPageSize, 0, limits.MaxPageSize);
                var query = new NodeListQuery(
                    label,
                    NodeListInput.Filter(label, Argument(context, "where") as IDictionary<string, object?>),
                    NodeListInput.Order(Argument(context, "orderBy") as IEnumerable<object?>),
                    PageCursor.After(context.GetArgument<string?>("after")),
                    first);
                return await context.Queries().ListAsync(query, context.CancellationToken).ConfigureAwait(false);
            });
    }

    private static object? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;
}
