using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Graph.Api.GraphQL;

/// <summary>
/// How much a field costs: 1 for itself, and its children count once per item it is expected to return: `first`
/// for a connection's nodes/edges (and for search), the default list multiplier (5) for relationship lists, 1 otherwise.
/// </summary>
internal static class ComplexityEstimate
{
    /// <summary>The items a relationship list is expected to hold (the wiki's nodes have a handful of each).</summary>
    public const int RelationshipListSize = 5;

    public static FieldComplexityResult Of(FieldImpactContext context)
    {
        if (!IsList(context.FieldDefinition.ResolvedType))
        {
            return new FieldComplexityResult(1, 1);
        }
        var first = context.FieldDefinition.Arguments?.Find("first") is not null ? context.GetArgument<int?>("first") : null;
        if (first is null && context.Parent is { } parent && !IsList(parent.FieldDefinition.ResolvedType) && parent.FieldDefinition.Arguments?.Find("first") is not null)
        {
            first = parent.GetArgument<int?>("first");
        }
        return new FieldComplexityResult(1, first ?? context.Configuration.DefaultListImpactMultiplier);
    }

    private static bool IsList(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType),
        ListGraphType => true,
        _ => false,
    };
}
