using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// CollectFields of the GraphQL spec for one object type: fields in response order, fragments and inline fragments
/// whose type condition the type meets expanded, @include/@skip with a literal decided here and with a variable kept
/// for the writer to decide per request.
/// </summary>
internal static class FieldCollector
{
    public sealed record CollectedField(List<GraphQLField> Occurrences, IReadOnlyList<IncludeCondition> Conditions);

    public static IReadOnlyList<(string ResponseKey, CollectedField Field)> Collect(ISchema schema, GraphQLDocument document, IObjectGraphType type, IEnumerable<GraphQLSelectionSet> selections)
    {
        var collected = new List<(string, CollectedField)>();
        var byKey = new Dictionary<string, CollectedField>(StringComparer.Ordinal);
        var fragmentsSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selection in selections)
        {
            Walk(schema, document, type, selection, [], collected, byKey, fragmentsSeen);
        }
        return collected;
    }

    private static void Walk(ISchema schema, GraphQLDocument document, IObjectGraphType type, GraphQLSelectionSet set, IReadOnlyList<IncludeCondition> conditions,
        List<(string, CollectedField)> collected, Dictionary<string, CollectedField> byKey, HashSet<string> fragmentsSeen)
    {
        foreach (var selection in set.Selections)
        {
            if (Conditions(selection, conditions) is not { } inner)
            {
                continue;
            }
            switch (selection)
            {
                case GraphQLField field:
                    var key = field.Alias?.Name.StringValue ?? field.Name.StringValue;
                    if (byKey.TryGetValue(key, out var existing))
                    {
                        // The same key under different per-request conditions would need the spec's merge decided per request.
                        if (!existing.Conditions.SequenceEqual(inner))
                        {
                            throw new UntranslatableException($"'{key}' is selected twice under different @include/@skip variables");
                        }
                        existing.Occurrences.Add(field);
                    }
                    else
                    {
                        byKey[key] = existing = new CollectedField([field], inner);
                        collected.Add((key, existing));
                    }
                    break;
                case GraphQLInlineFragment inline when Applies(schema, type, inline.TypeCondition):
                    Walk(schema, document, type, inline.SelectionSet, inner, collected, byKey, fragmentsSeen);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(definition => definition.FragmentName.Name.StringValue == name)
                        ?? throw new UntranslatableException($"fragment {name} is not defined");
                    if (fragmentsSeen.Add(name) && Applies(schema, type, fragment.TypeCondition))
                    {
                        Walk(schema, document, type, fragment.SelectionSet, inner, collected, byKey, fragmentsSeen);
                    }
                    break;
            }
        }
    }

    private static bool Applies(ISchema schema, IObjectGraphType type, GraphQLTypeCondition? condition)
    {
        if (condition is null)
        {
            return true;
        }
        var name = condition.Type.Name.StringValue;
        return name == type.Name || type.ResolvedInterfaces.Any(implemented => implemented.Name == name)
            || (schema.AllTypes[name] is UnionGraphType union && union.PossibleTypes.Contains(type));
    }

    /// <summary>The conditions the selection adds to <paramref name="outer"/>, or null when a literal directive leaves it out.</summary>
    private static IReadOnlyList<IncludeCondition>? Conditions(ASTNode selection, IReadOnlyList<IncludeCondition> outer)
    {
        if (selection is not IHasDirectivesNode { Directives: { } directives })
        {
            return outer;
        }
        var conditions = outer;
        foreach (var directive in directives.Items)
        {
            var includeWhen = directive.Name.StringValue switch
            {
                "include" => true,
                "skip" => false,
                _ => throw new UntranslatableException($"directive @{directive.Name.StringValue} is not translated"),
            };
            var argument = directive.Arguments?.Items.FirstOrDefault(item => item.Name.StringValue == "if")
                ?? throw new UntranslatableException($"@{directive.Name.StringValue} without 'if'");
            switch (argument.Value)
            {
                case GraphQLBooleanValue literal:
                    if (literal.BoolValue != includeWhen)
                    {
                        return null;
                    }
                    break;
                case GraphQLVariable variable:
                    conditions = [.. conditions, new IncludeCondition(variable.Name.StringValue, includeWhen)];
                    break;
                default:
                    throw new UntranslatableException($"@{directive.Name.StringValue}(if:) is neither a literal nor a variable");
            }
        }
        return conditions;
    }
}
