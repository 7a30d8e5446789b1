using Graph.Api.Data;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Query.topTools, topPeople and topTheses: nodes ranked by how many nodes one of their relationship fields has.</summary>
internal static class TopListFields
{
    /// <summary>Each top list's field and the relationship field it ranks by.</summary>
    public static IReadOnlyDictionary<string, GraphHop> RankedBy { get; } = new Dictionary<string, GraphHop>(StringComparer.Ordinal)
    {
        ["topTools"] = GraphHops.ToolMentionedIn,
        ["topPeople"] = GraphHops.PersonAppearsIn,
        ["topTheses"] = GraphHops.ThesisHeldBy,
    };

    public static void TopLists(this ObjectGraphType query)
    {
        query.TopList<ToolMentionCountType>("topTools", RankedBy["topTools"],
            "Tools by how many sources mention them, most first; ties by name, then id. Tools no source mentions are left out.");
        query.TopList<PersonAppearanceCountType>("topPeople", RankedBy["topPeople"],
            "People by how many sources they appear in, most first; ties by name, then id. People who appear in none are left out.");
        query.TopList<ThesisHolderCountType>("topTheses", RankedBy["topTheses"],
            "Theses by how many people hold them, most first; ties by name, then id. Theses nobody holds are left out.");
    }

    private static void TopList<TCountType>(this ObjectGraphType query, string name, GraphHop hop, string description)
        where TCountType : IGraphType =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TCountType>>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", "How many to return (at most the configured page size limit, 100 by default; 20 when not given).")
            .ResolveAsync(async context =>
            {
                var limits = context.Limits();
                var first = context.BoundedArgument("first", limits.DefaultPageSize, 0, limits.MaxPageSize);
                return await context.Queries().TopAsync(new TopNodesQuery(hop, first), context.CancellationToken).ConfigureAwait(false);
            });
}

/// <summary>An entry of a top list: a node (in a field named for its label) and its count.</summary>
internal abstract class NodeCountType<TNodeType> : ObjectGraphType<NodeCount>
    where TNodeType : IGraphType
{
    protected NodeCountType(string name, string description, string countDescription)
    {
        var label = NodeTypeLabels.Of<TNodeType>();
        Name = name;
        Description = description;
        Field<NonNullGraphType<TNodeType>>(label.ToLowerInvariant()).Description($"The {label.ToLowerInvariant()}.").Resolve(context => context.Source.Node);
        Field<NonNullGraphType<IntGraphType>>("count").Description(countDescription).Resolve(context => checked((int)context.Source.Count));
    }
}

internal sealed class ToolMentionCountType()
    : NodeCountType<ToolType>("ToolMentionCount", "A tool and how many sources mention it.", "How many distinct sources mention the tool.");

internal sealed class PersonAppearanceCountType()
    : NodeCountType<PersonType>("PersonAppearanceCount", "A person and how many sources they appear in.", "How many distinct sources the person appears in.");

internal sealed class ThesisHolderCountType()
    : NodeCountType<ThesisType>("ThesisHolderCount", "A thesis and how many people hold it.", "How many distinct people hold the thesis.");
