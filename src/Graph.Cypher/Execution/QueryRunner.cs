using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Planning;

namespace Graph.Cypher.Execution;

/// <summary>Runs a prepared statement in a context and materializes its result as Graph.Core values.</summary>
internal static class QueryRunner
{
    public static CypherResult Run(PreparedQuery query, QueryContext context)
    {
        if (query.Statement.Explain)
        {
            var lines = PlanText.Lines(query, context.View);
            return new CypherResult(["plan"], lines.Select(line => (IReadOnlyList<object?>)[line]).ToList());
        }
        if (query.Parts.Count == 0)
        {
            return SchemaCommands.Run(query.Statement, context);
        }
        var rows = new List<object?[]>();
        var seen = query.UnionDistinct ? new HashSet<CompositeKey>() : null;
        int[]? allSlots = null;
        foreach (var part in query.Parts)
        {
            var argument = new object?[query.SlotCount];
            foreach (var row in part.Root.Run(context, argument))
            {
                var values = new object?[part.ColumnSlots.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = row[part.ColumnSlots[i]];
                }
                if (seen is not null && !seen.Add(GroupingKey.Of(values, allSlots ??= [.. Enumerable.Range(0, values.Length)])))
                {
                    continue;
                }
                if (values.Length > 0)
                {
                    rows.Add(values);
                }
            }
        }
        // Converted in place, with one CypherNode per node however many rows return it (the API's batched hops
        // return the same person or thesis for many starting ids; each copy was a new property dictionary).
        var conversion = new ResultConversion(context.View);
        var results = new IReadOnlyList<object?>[rows.Count];
        for (var r = 0; r < results.Length; r++)
        {
            var values = rows[r];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = conversion.ToResult(values[i]);
            }
            results[r] = values;
        }
        return new CypherResult(query.Columns, results) { Counters = context.Counters.ToCounters() };
    }

    /// <summary>Parameters as engine values; every parameter the statement uses must be given (EXPLAIN excepted).</summary>
    public static IReadOnlyDictionary<string, object?> Parameters(PreparedQuery query, IReadOnlyDictionary<string, object?>? given)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (given is not null)
        {
            foreach (var (name, value) in given)
            {
                parameters[name] = ValueConversion.FromParameter(value);
            }
        }
        if (!query.Statement.Explain && !HasAll(parameters, query.Statement.Parameters))
        {
            var missing = query.Statement.Parameters.Where(name => !parameters.ContainsKey(name));
            throw new CypherException(CypherErrorCodes.ParameterMissing, $"Expected parameter(s): {string.Join(", ", missing)}");
        }
        return parameters;
    }

    /// <summary>A loop, not LINQ: this runs for every statement and the lambda's closure was an allocation each time.</summary>
    private static bool HasAll(Dictionary<string, object?> parameters, IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (!parameters.ContainsKey(names[i]))
            {
                return false;
            }
        }
        return true;
    }

    public static bool Writes(PreparedQuery query) => query.IsWrite && !query.Statement.Explain;
}
