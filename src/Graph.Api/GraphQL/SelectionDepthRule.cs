using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>
/// Refuses operations nested deeper than <see cref="GraphQLLimits.MaxDepth"/> levels before anything runs: the graph has cycles
/// (thesis → heldBy → holds → ...) and every level costs a round trip to the store. Introspection fields (__schema,
/// __type) are answered from the schema alone and do not count, so GraphiQL's deep introspection query passes.
/// </summary>
internal sealed class SelectionDepthRule(IOptions<GraphQLLimits> limits) : ValidationRuleBase
{
    private readonly int _maxDepth = limits.Value.MaxDepth;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            var fragments = validation.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                .GroupBy(fragment => fragment.FragmentName.Name.StringValue, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
            var depth = new DepthMeasure(fragments).Height(operation.SelectionSet);
            if (depth > _maxDepth)
            {
                var name = operation.Name is { } given ? $"Operation '{given.StringValue}'" : "The operation";
                validation.ReportError(new ValidationError(validation.Document.Source, null,
                    $"{name} selects fields {depth} levels deep; the maximum depth is {_maxDepth} (introspection fields do not count).", operation));
            }
        }));

    /// <summary>Heights of selection sets, each fragment measured once (so repeated spreads cost nothing extra).</summary>
    private sealed class DepthMeasure(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, int> _fragmentHeights = new(StringComparer.Ordinal);
        private readonly HashSet<string> _onPath = new(StringComparer.Ordinal);

        public int Height(GraphQLSelectionSet? selections)
        {
            if (selections is null)
            {
                return 0;
            }
            var height = 0;
            foreach (var selection in selections.Selections)
            {
                var here = selection switch
                {
                    GraphQLField field when field.Name.StringValue.StartsWith("__", StringComparison.Ordinal) => 0,
                    GraphQLField field => 1 + Height(field.SelectionSet),
                    GraphQLInlineFragment inline => Height(inline.SelectionSet),
                    GraphQLFragmentSpread spread => FragmentHeight(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                height = Math.Max(height, here);
            }
            return height;
        }

        private int FragmentHeight(string name)
        {
            if (_fragmentHeights.TryGetValue(name, out var known))
            {
                return known;
            }
            // Unknown or cyclic fragments are other rules' errors; they add no depth here.
            if (!fragments.TryGetValue(name, out var fragment) || !_onPath.Add(name))
            {
                return 0;
            }
            var height = Height(fragment.SelectionSet);
            _onPath.Remove(name);
            _fragmentHeights[name] = height;
            return height;
        }
    }
}
