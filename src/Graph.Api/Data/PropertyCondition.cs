namespace Graph.Api.Data;

/// <summary>
/// A test of one property of a node. Text: equal (exactly), or contains, starts with or equal to one of a list (these
/// three ignoring case). Dates (Cypher Dates, given as CypherTemporal): equal, one of a list, before or after. A node
/// without the property, or with a value of another type, passes no test: Cypher compares it to null.
/// </summary>
internal sealed record PropertyCondition(string Property, PropertyTest Test, object Value, IReadOnlyList<object> Values)
{
    public static PropertyCondition Single(string property, PropertyTest test, object value) => new(property, test, value, []);

    /// <summary>Equal to one of these texts, ignoring case.</summary>
    public static PropertyCondition AnyOf(string property, IReadOnlyList<string> values) => new(property, PropertyTest.In, "", values);

    /// <summary>Equal to one of these values, exactly (dates).</summary>
    public static PropertyCondition OneOf(string property, IReadOnlyList<object> values) => new(property, PropertyTest.OneOf, "", values);

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
            PropertyTest.Contains => $"toLower({property}) CONTAINS {parameters.Add(Lowered(Value))}",
            PropertyTest.StartsWith => $"toLower({property}) STARTS WITH {parameters.Add(Lowered(Value))}",
            PropertyTest.In => $"toLower({property}) IN {parameters.Add(Values.Select(value => (object?)Lowered(value)).ToList())}",
            PropertyTest.OneOf => $"{property} IN {parameters.Add(Values.Cast<object?>().ToList())}",
            PropertyTest.After => $"{property} > {parameters.Add(Value)}",
            PropertyTest.AfterOrOn => $"{property} >= {parameters.Add(Value)}",
            PropertyTest.Before => $"{property} < {parameters.Add(Value)}",
            _ => $"{property} <= {parameters.Add(Value)}",
        };
    }

    private static string Lowered(object value) =>
        value is string text ? text.ToLowerInvariant() : throw new InvalidOperationException($"A text test got a {value.GetType().Name}.");
}

internal enum PropertyTest
{
    Equals,
    Contains,
    StartsWith,
    In,
    OneOf,
    After,
    AfterOrOn,
    Before,
    BeforeOrOn,
}
