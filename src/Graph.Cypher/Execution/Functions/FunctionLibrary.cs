namespace Graph.Cypher.Execution.Functions;

/// <summary>All scalar functions the engine knows, looked up case-insensitively.</summary>
internal static class FunctionLibrary
{
    private static readonly Dictionary<string, FunctionDefinition> Functions = Build();

    /// <summary>Aggregating functions; they are planned by the Aggregate operator, not called as scalars.</summary>
    public static readonly IReadOnlySet<string> Aggregates = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "count", "collect", "sum", "avg", "min", "max", "stdev", "stdevp", "percentilecont", "percentiledisc",
    };

    public static bool TryGet(string name, out FunctionDefinition definition) =>
        Functions.TryGetValue(name, out definition!);

    private static Dictionary<string, FunctionDefinition> Build()
    {
        var all = new Dictionary<string, FunctionDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in StringFunctions.All
            .Concat(ListFunctions.All)
            .Concat(GraphFunctions.All)
            .Concat(MathFunctions.All)
            .Concat(ConversionFunctions.All)
            .Concat(TemporalFunctions.All)
            .Concat(DurationFunctions.All))
        {
            all.Add(definition.Name, definition);
        }
        return all;
    }
}
