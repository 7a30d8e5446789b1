using System.Diagnostics;
using System.Text.Json;
using Graph.Core.Cypher;

namespace Graph.Bench.Kuzu;

/// <summary>
/// Runs a query warm (the plan cached, the code compiled), then times each of the measured runs from the call to
/// the last row in hand. bench/kuzu/bench.mjs uses the same counts.
/// </summary>
internal static class QueryTimer
{
    // .NET compiles a method fully only after about 30 calls, in the background: with 3 warm-ups, code used by one
    // query alone (the text scan of (e)) was still being recompiled through the timed runs. Kuzu gets as many.
    public const int WarmUps = 10;
    public const int Runs = 20;

    public static async Task<QueryTiming> MeasureAsync(ICypherSession session, BenchQuery query, IReadOnlyDictionary<string, string> parameters)
    {
        var values = query.Parameters.ToDictionary(name => name, name => (object?)parameters[name]);
        CypherResult? last = null;
        for (var i = 0; i < WarmUps; i++)
        {
            last = await session.RunAsync(query.Cypher, values, CypherAccessMode.Read);
        }
        var runs = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            last = await session.RunAsync(query.Cypher, values, CypherAccessMode.Read);
            runs[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return new QueryTiming(query.Key, query.Title, query.Cypher, runs, [.. last!.Columns], Rows(last));
    }

    public static JsonElement[][] Rows(CypherResult result) =>
        [.. result.Rows.Select(row => row.Select(value => JsonSerializer.SerializeToElement(value)).ToArray())];
}
