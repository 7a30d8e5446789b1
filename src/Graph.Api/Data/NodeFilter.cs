namespace Graph.Api.Data;

/// <summary>
/// What a `where` asks of one label's nodes, every part of which must hold: tests of the node's own properties,
/// relationship fields that must have or lack nodes, and relationship fields with at least one node that passes tests
/// of its own properties (one hop, no further). Compiles to a Cypher predicate on a node variable.
/// </summary>
internal sealed record NodeFilter(
    IReadOnlyList<PropertyCondition> Conditions,
    IReadOnlyList<GraphHop> Has,
    IReadOnlyList<GraphHop> Lacks,
    IReadOnlyList<RelatedCondition> Related)
{
    public static NodeFilter None { get; } = new([], [], [], []);

    /// <summary>
    /// The predicate on <paramref name="variable"/>, a node of <paramref name="label"/>, or null when nothing is tested.
    /// Properties, labels and types come from <see cref="NodeCatalog"/> and <see cref="GraphHops"/>; values are parameters.
    /// Variables the predicate introduces start with <paramref name="variable"/> and an underscore.
    /// </summary>
    public string? Compile(string variable, string label, StatementParameters parameters)
    {
        var info = NodeCatalog.For(label);
        var predicates = new List<string>();
        predicates.AddRange(Conditions.Select(condition => info.Checked(condition).Compile(variable, parameters)));
        predicates.AddRange(Has.Select(hop => $"EXISTS {{ MATCH ({variable}){info.Checked(hop).Pattern}(:{hop.ToLabel}) }}"));
        predicates.AddRange(Lacks.Select(hop => $"NOT EXISTS {{ MATCH ({variable}){info.Checked(hop).Pattern}(:{hop.ToLabel}) }}"));
        predicates.AddRange(Related.Select((related, index) => related.Compile(variable, info, $"{variable}_related{index}", parameters)));
        return predicates.Count > 0 ? string.Join(" AND ", predicates) : null;
    }
}

/// <summary>At least one node at the far end of <see cref="Hop"/> passes every one of <see cref="Conditions"/>, tests of its own properties.</summary>
internal sealed record RelatedCondition(GraphHop Hop, IReadOnlyList<PropertyCondition> Conditions)
{
    public string Compile(string variable, LabelInfo from, string farVariable, StatementParameters parameters)
    {
        var far = NodeCatalog.For(Hop.ToLabel);
        var tests = Conditions.Select(condition => far.Checked(condition).Compile(farVariable, parameters)).ToList();
        var where = tests.Count > 0 ? " WHERE " + string.Join(" AND ", tests) : "";
        return $"EXISTS {{ MATCH ({variable}){from.Checked(Hop).Pattern}({farVariable}:{Hop.ToLabel}){where} }}";
    }
}
