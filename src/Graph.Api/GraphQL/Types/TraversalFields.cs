using Graph.Api.Data;
using Graph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Query.search, path, neighborhood, thesesSharedBy and related; every depth and size bounded by <see cref="GraphQLLimits"/>.</summary>
internal static class TraversalFields
{
    public static void Traversals(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("search")
            .Description("Nodes whose name, title or text contains the text (any case), best first: exact name, exact alias, name prefix, name substring, alias substring, then summary or text.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<NodeLabelType>>>("labels", "Only nodes with these labels; all labels when not given.")
            .Argument<IntGraphType>("first", "How many to return (default 20).")
            .ResolveAsync(async context =>
            {
                var first = context.BoundedArgument("first", 20, 0, context.Limits().MaxNodes);
                var text = context.GetArgument<string>("text");
                var labels = context.GetArgument<List<string>?>("labels") is { Count: > 0 } given ? given : [.. Labels.All];
                if (string.IsNullOrWhiteSpace(text))
                {
                    return (IReadOnlyList<GraphEntity>)[];
                }
                var hits = await context.Traversals().SearchAsync(text, labels, first, context.CancellationToken).ConfigureAwait(false);
                return hits.Select(hit => hit.Node).ToList();
            });

        query.Field<GraphViewType>("path")
            .Description("A shortest path between two nodes (relationships followed either way), as nodes and edges in path order; null when none is within maxHops. An id or a name that matches nothing is an error saying so.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The first node: its id (person:boris-cherny) or its name or alias (Boris Cherny).")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The other node: its id or its name or alias.")
            .Argument<IntGraphType>("maxHops", "The longest path to consider (default 4, at most the configured limit, 6 by default).")
            .ResolveAsync(async context =>
            {
                var maxHops = context.BoundedArgument("maxHops", 4, 1, context.Limits().MaxPathHops);
                return await Named(() => context.Traversals().PathAsync(context.GetArgument<string>("from"), context.GetArgument<string>("to"), maxHops, context.CancellationToken)).ConfigureAwait(false);
            });

        query.Field<GraphViewType>("neighborhood")
            .Description("A node, its neighbours out to depth hops (nearest first, at most limit nodes) and every relationship among them. An id or a name that matches nothing is an error saying so.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The centre: its id (thesis:taste-is-the-bottleneck) or its name or alias.")
            .Argument<IntGraphType>("depth", "How many hops out (default 1, at most the configured limit, 3 by default).")
            .Argument<IntGraphType>("limit", "The most nodes to return, the centre included (default 100).")
            .ResolveAsync(async context =>
            {
                var limits = context.Limits();
                var depth = context.BoundedArgument("depth", 1, 0, limits.MaxTraversalDepth);
                var limit = context.BoundedArgument("limit", 100, 1, limits.MaxNodes);
                return await Named(async () => await context.Traversals().NeighborhoodAsync(context.GetArgument<string>("id"), depth, limit, context.CancellationToken)).ConfigureAwait(false);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThesisType>>>>("thesesSharedBy")
            .Description("Theses that every one of these people holds (each a name, alias, last name or id); an unknown person is an error naming them.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("people")
            .ResolveAsync(async context =>
            {
                var ids = new List<string>();
                foreach (var name in context.GetArgument<List<string>>("people"))
                {
                    var person = await QueryType.PersonAsync(context, name).ConfigureAwait(false)
                        ?? throw new ExecutionError($"No person is called '{name}'.") { Code = "UNKNOWN_PERSON" };
                    ids.Add(person.Id);
                }
                return await context.Traversals().ThesesSharedByAsync(ids, context.CancellationToken).ConfigureAwait(false);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelatedSourceType>>>>("related")
            .Description("Sources within depth RELATED_TO hops (either direction) of a source given by id or title, nearest first. Empty when no source matches.")
            .Argument<NonNullGraphType<StringGraphType>>("source")
            .Argument<IntGraphType>("depth", "How many hops out (default 1, at most the configured limit, 3 by default).")
            .ResolveAsync(async context =>
            {
                var depth = context.BoundedArgument("depth", 1, 1, context.Limits().MaxTraversalDepth);
                if (await context.Queries().SourceAsync(context.GetArgument<string>("source"), context.CancellationToken).ConfigureAwait(false) is not { } source)
                {
                    return (IReadOnlyList<RelatedSource>)[];
                }
                return await context.Traversals().RelatedAsync(source.Id, depth, context.CancellationToken).ConfigureAwait(false);
            });
    }

    /// <summary>A traversal whose start named no node (or several) answers a GraphQL error with that message.</summary>
    private static async Task<GraphView?> Named(Func<Task<GraphView?>> traversal)
    {
        try
        {
            return await traversal().ConfigureAwait(false);
        }
        catch (NodeNotFoundException e)
        {
            throw new ExecutionError(e.Message) { Code = "NODE_NOT_FOUND" };
        }
    }
}

/// <summary>enum NodeLabel: the eight labels, for search(labels:).</summary>
internal sealed class NodeLabelType : EnumerationGraphType
{
    public NodeLabelType()
    {
        Name = "NodeLabel";
        Description = "A label of the graph model.";
        foreach (var label in Labels.All)
        {
            Add(label.ToUpperInvariant(), label, $"{label} nodes.");
        }
    }
}
