using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Graph.Api.GraphQL;

/// <summary>
/// How much a field costs: what it fetches, and its children count once per item it returns. A traversal fetches
/// limit × depth (neighborhood) or maxHops (path); a page (a connection, a top list, search) fetches its page size
/// (first, whatever field has that argument), and each of its items counts its own fields; a relationship list is expected to hold the default list multiplier (5) items;
/// anything else costs 1. So a thousand aliases of a wide traversal are refused before any of them runs.
/// </summary>
internal sealed class ComplexityEstimate(GraphQLLimits limits)
{
    /// <summary>The items a relationship list is expected to hold (the wiki's nodes have a handful of each).</summary>
    public const int RelationshipListSize = 5;

    /// <summary>Query.search's page size when first is not given.</summary>
    private const int DefaultSearchPageSize = 20;

    /// <summary>neighborhood's defaults, as its resolver applies them.</summary>
    private const int NeighborhoodNodes = 100;
    private const int NeighborhoodDepth = 1;

    /// <summary>path's default maxHops.</summary>
    private const int PathHops = 4;

    public FieldComplexityResult Of(FieldImpactContext context)
    {
        var items = IsList(context.FieldDefinition.ResolvedType)
            ? PageSize(context) ?? ParentPageSize(context) ?? context.Configuration.DefaultListImpactMultiplier
            : 1;
        return new FieldComplexityResult(Fetched(context), items);
    }

    /// <summary>The nodes a field reads from the store itself (its children are counted on their own).</summary>
    private double Fetched(FieldImpactContext context) => context.FieldDefinition.Name switch
    {
        "neighborhood" => NeighborhoodLimit(context) * (double)Math.Max(1, Bounded(context, "depth", NeighborhoodDepth, limits.MaxTraversalDepth)),
        "path" => Bounded(context, "maxHops", PathHops, limits.MaxPathHops),
        "search" => SearchPageSize(context),
        _ when HasArgument(context, "first") => ConnectionPageSize(context),
        _ => 1,
    };

    /// <summary>How many items a list field with its own page size returns.</summary>
    private int? PageSize(FieldImpactContext context) => context.FieldDefinition.Name switch
    {
        "search" => SearchPageSize(context),
        _ when HasArgument(context, "first") => ConnectionPageSize(context),
        _ => null,
    };

    /// <summary>A connection's nodes and edges, or a neighborhood's or path's, hold as many items as their parent's page, limit or hops.</summary>
    private int? ParentPageSize(FieldImpactContext context)
    {
        if (context.Parent is not { } parent || IsList(parent.FieldDefinition.ResolvedType))
        {
            return null;
        }
        return parent.FieldDefinition.Name switch
        {
            "neighborhood" => NeighborhoodLimit(parent),
            "path" => Bounded(parent, "maxHops", PathHops, limits.MaxPathHops) + 1,
            _ when HasArgument(parent, "first") => ConnectionPageSize(parent),
            _ => null,
        };
    }

    private int NeighborhoodLimit(FieldImpactContext context) => Bounded(context, "limit", NeighborhoodNodes, limits.MaxNodes);

    private int SearchPageSize(FieldImpactContext context) => Bounded(context, "first", DefaultSearchPageSize, limits.MaxNodes);

    private int ConnectionPageSize(FieldImpactContext context) => Bounded(context, "first", limits.DefaultPageSize, limits.MaxPageSize);

    /// <summary>
    /// An argument as the resolver will take it: the default when absent, and at most its limit, since a value over
    /// the limit is refused by the resolver before anything is fetched.
    /// </summary>
    private static int Bounded(FieldImpactContext context, string name, int fallback, int maximum) =>
        Math.Clamp(Argument(context, name) ?? Math.Min(fallback, maximum), 0, maximum);

    private static bool HasArgument(FieldImpactContext context, string name) => context.FieldDefinition.Arguments?.Find(name) is not null;

    private static int? Argument(FieldImpactContext context, string name) =>
        HasArgument(context, name) ? context.GetArgument<int?>(name) : null;

    private static bool IsList(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType),
        ListGraphType => true,
        _ => false,
    };
}
