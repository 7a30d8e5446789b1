using System.Globalization;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL;

/// <summary>
/// The second check, after parsing and before validation: how many field selections the document makes once every
/// fragment spread is replaced by its fragment. Each fragment is counted once and its count reused (memoised), so
/// forty doubling fragments cost forty counts here, not the 2^40 fields validation and execution would walk.
/// </summary>
internal static class ExpandedSelectionLimit
{
    public static string? Refusal(GraphQLDocument document, GraphQLLimits limits)
    {
        var count = new SelectionCount(document).OfOperations();
        return count > limits.MaxFieldSelections
            ? string.Create(CultureInfo.InvariantCulture, $"The document selects {count} fields once its fragments are expanded; the limit is {limits.MaxFieldSelections}.")
            : null;
    }

    /// <summary>Counts saturate at long.MaxValue rather than overflow.</summary>
    private sealed class SelectionCount
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _fragmentCounts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _onPath = new(StringComparer.Ordinal);
        private readonly GraphQLDocument _document;

        public SelectionCount(GraphQLDocument document)
        {
            _document = document;
            foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            {
                _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
            }
        }

        /// <summary>All operations together: only one runs, but all are validated.</summary>
        public long OfOperations()
        {
            long total = 0;
            foreach (var operation in _document.Definitions.OfType<GraphQLOperationDefinition>())
            {
                total = Add(total, Of(operation.SelectionSet));
            }
            return total;
        }

        private long Of(GraphQLSelectionSet? selections)
        {
            long count = 0;
            foreach (var selection in selections?.Selections ?? [])
            {
                count = Add(count, selection switch
                {
                    GraphQLField field => Add(1, Of(field.SelectionSet)),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet),
                    GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                });
            }
            return count;
        }

        private long OfFragment(string name)
        {
            if (_fragmentCounts.TryGetValue(name, out var known))
            {
                return known;
            }
            // Unknown and cyclic fragments are validation errors of their own; they add nothing here.
            if (!_fragments.TryGetValue(name, out var fragment) || !_onPath.Add(name))
            {
                return 0;
            }
            var count = Of(fragment.SelectionSet);
            _onPath.Remove(name);
            _fragmentCounts[name] = count;
            return count;
        }

        private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    }
}
