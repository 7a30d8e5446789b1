namespace Graph.Api.Data;

/// <summary>
/// A test of one text property of a node: equal (exactly), or contains, starts with or equal to one of a list (these
/// three ignoring case).
/// </summary>
internal sealed record PropertyCondition(string Property, PropertyTest Test, string Value, IReadOnlyList<string> Values)
{
    public static PropertyCondition Single(string property, PropertyTest test, string value) => new(property, test, value, []);

    public static PropertyCondition AnyOf(string property, IReadOnlyList<string> values) => new(property, PropertyTest.In, "", values);

    /// <summary>
    /// The predicate on <paramref name="variable"/>'s property, its operand added to <paramref name="parameters"/>. The
    /// property must be one <see cref="NodeCatalog"/> lists for the node's label; the caller checks that.
    /// </summary>
    public string Compile(string variable, StatementParameters parameters)
    {
        var property = $"{variable}.{Property}";
        return Test switch
        {
            PropertyTest.Equals => $"{property} = {parameters.Add(Value)}",
            PropertyTest.Contains => $"toLower({property}) CONTAINS {parameters.Add(Value.ToLowerInvariant())}",
            PropertyTest.StartsWith => $"toLower({property}) STARTS WITH {parameters.Add(Value.ToLowerInvariant())}",
            _ => $"toLower({property}) IN {parameters.Add(Values.Select(value => (object?)value.ToLowerInvariant()).ToList())}",
        };
    }
}

internal enum PropertyTest
{
    Equals,
    Contains,
    StartsWith,
    In,
}
