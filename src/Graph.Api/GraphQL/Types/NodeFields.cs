using Graph.Api.Data;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Fields every node type shares, and relationship fields resolved through the request's batch loaders.</summary>
internal static class NodeFields
{
    /// <summary>Makes <paramref name="type"/> the Node implementation for nodes with <paramref name="label"/>.</summary>
    public static void AsNode(this ObjectGraphType<GraphEntity> type, string label, string description)
    {
        type.Name = label;
        type.Description = description;
        type.Interface<NodeInterface>();
        type.IsTypeOf = value => value is GraphEntity entity && entity.Label == label;
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id derived from the canonical name: label:slug.").Resolve(context => context.Source.Id);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphLinkType>>>>("relationships")
            .Description("The relationships of this node, both directions, each with the node at the other end and the page, line and sentence it comes from; ordered by page and line.")
            .Argument<StringGraphType>("type", "Only relationships of this type, e.g. HOLDS.")
            .Argument<RelationshipDirectionType>("direction", "Only relationships pointing this way, seen from this node.")
            .Resolve(context =>
            {
                var wantedType = context.GetArgument<string?>("type");
                var direction = context.GetArgument<RelationshipDirection?>("direction");
                return Loaders(context).LinksOf(label).LoadWhere(context.Source.Id, link =>
                    (wantedType is null || link.Type == wantedType)
                    && (direction is null || link.Outgoing == (direction == RelationshipDirection.Outgoing)));
            });
    }

    public static void Aliases(this ObjectGraphType<GraphEntity> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names the wiki uses for it.")
            .Resolve(context => context.Source.Texts("aliases"));

    public static void Text(this ObjectGraphType<GraphEntity> type, string name, string description) =>
        type.Field<StringGraphType>(name).Description(description).Resolve(context => context.Source.Text(name));

    /// <summary>A list of the nodes at the far end of <paramref name="hop"/>, sorted by name.</summary>
    public static void Related<TNodeType>(this ObjectGraphType<GraphEntity> type, string name, GraphHop hop, string description)
        where TNodeType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>(name)
            .Description(description)
            .Resolve(context => Loaders(context).For(hop).Load(context.Source.Id));

    /// <summary>The single node at the far end of <paramref name="hop"/> (the first by name if the wiki gives several), or null.</summary>
    public static void RelatedOne<TNodeType>(this ObjectGraphType<GraphEntity> type, string name, GraphHop hop, string description)
        where TNodeType : IGraphType =>
        type.Field<TNodeType>(name)
            .Description(description)
            .Resolve(context => Loaders(context).For(hop).LoadFirst(context.Source.Id));

    internal static BatchLoaders Loaders(IResolveFieldContext context) =>
        context.UserContext is GraphRequestContext request
            ? request.Loaders
            : throw new InvalidOperationException("GraphQL requests run through GraphQLRequestExecutor, which sets their GraphRequestContext.");
}
