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
            .Argument<ListGraphType<NonNullGraphType<NodeOrderType<TNodeType>>>>("orderBy", $"Sort keys, first one first; by default by {NodeCatalog.For(label).NameProperty}, then id.")
            .ResolveAsync(async context =>
            {
                var limits = context.Limits();
                var first = context.BoundedArgument("first", limits.DefaultPageSize, 0, limits.MaxPageSize);
                var query = new NodeListQuery(
                    label,
                    Conditions(Argument(context, "where")),
                    Relations(Argument(context, "where"), "has"),
                    Relations(Argument(context, "where"), "lacks"),
                    Order(context.Arguments?["orderBy"].Value as IEnumerable<object?>),
                    PageCursor.After(context.GetArgument<string?>("after")),
                    first);
                return await context.Queries().ListAsync(query, context.CancellationToken).ConfigureAwait(false);
            });
    }

    private static IDictionary<string, object?>? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value as IDictionary<string, object?> : null;

    private static List<PropertyCondition> Conditions(IDictionary<string, object?>? where)
    {
        var conditions = new List<PropertyCondition>();
        foreach (var (property, value) in where ?? new Dictionary<string, object?>())
        {
            if (value is not IDictionary<string, object?> tests)
            {
                continue;
            }
            foreach (var (test, operand) in tests)
            {
                switch (test, operand)
                {
                    case ("eq", string text):
                        conditions.Add(PropertyCondition.Single(property, PropertyTest.Equals, text));
                        break;
                    case ("contains", string text):
                        conditions.Add(PropertyCondition.Single(property, PropertyTest.Contains, text));
                        break;
                    case ("startsWith", string text):
                        conditions.Add(PropertyCondition.Single(property, PropertyTest.StartsWith, text));
                        break;
                    case ("in", IEnumerable<object?> values):
                        conditions.Add(PropertyCondition.AnyOf(property, values.OfType<string>().ToList()));
                        break;
                }
            }
        }
        return conditions;
    }

    private static List<GraphHop> Relations(IDictionary<string, object?>? where, string key) =>
        where is not null && where.TryGetValue(key, out var value) && value is IEnumerable<object?> hops ? hops.OfType<GraphHop>().ToList() : [];

    private static List<SortKey> Order(IEnumerable<object?>? orderBy) =>
        orderBy?.OfType<IDictionary<string, object?>>()
            .Where(key => key.TryGetValue("field", out var field) && field is string)
            .Select(key => new SortKey((string)key["field"]!, key.TryGetValue("direction", out var descending) && descending is true))
            .ToList() ?? [];
}
