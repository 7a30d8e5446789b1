using System.Diagnostics;
using Graph.Core.Cypher;
using Graph.Cypher;

namespace Graph.Bench.Kuzu;

/// <summary>The embedded engine's half of the comparison, run in its own process so its memory is its own.</summary>
internal static class EmbeddedSide
{
    /// <summary>The trivial query a reopened database answers (the same on Kuzu): one person's name by id.</summary>
    public const string ReopenQuery = "MATCH (p:Person {id: $personId}) RETURN p.name AS name";

    /// <summary>The counterpart of Kuzu's process: the bulk load (as `graph load` does it), then the six queries.</summary>
    public static async Task RunAsync(string csvDirectory, string dataDirectory, string outputPath)
    {
        var manifest = GraphManifest.Read(csvDirectory);
        var session = EmbeddedCypherSession.Open(dataDirectory);
        var queries = new List<QueryTiming>();
        double loadMs;
        await using (session)
        {
            var started = Stopwatch.GetTimestamp();
            await EmbeddedBulkLoader.LoadAsync(session, csvDirectory, manifest);
            loadMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Console.WriteLine($"embedded: bulk-loaded in {loadMs:F0} ms");
            foreach (var query in EmbeddedQueries.All)
            {
                queries.Add(await QueryTimer.MeasureAsync(session, query, manifest.Parameters));
            }
        }
        EngineRun.WriteJson(outputPath, new EngineRun("embedded", loadMs, PeakMemory.Megabytes(), [.. queries]));
    }

    /// <summary>The load as the service writes, Cypher UNWIND batches, alone in its process (its memory is its own).</summary>
    public static async Task UnwindAsync(string csvDirectory, string dataDirectory, string outputPath)
    {
        var manifest = GraphManifest.Read(csvDirectory);
        await using var session = EmbeddedCypherSession.Open(dataDirectory);
        var started = Stopwatch.GetTimestamp();
        await EmbeddedLoader.LoadAsync(session, csvDirectory, manifest);
        var loadMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Console.WriteLine($"embedded: loaded with Cypher UNWIND in {loadMs:F0} ms");
        EngineRun.WriteJson(outputPath, new LoadRun(loadMs, PeakMemory.Megabytes()));
    }

    public static async Task ReopenAsync(string csvDirectory, string dataDirectory, string outputPath)
    {
        var manifest = GraphManifest.Read(csvDirectory);
        var parameters = new Dictionary<string, object?> { ["personId"] = manifest.Parameters["personId"] };
        var started = Stopwatch.GetTimestamp();
        await using var session = EmbeddedCypherSession.Open(dataDirectory);
        var openMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var result = await session.RunAsync(ReopenQuery, parameters, CypherAccessMode.Read);
        var reopenMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        // The split says whether reading the snapshot or a cold first query (parse, plan, JIT) dominates.
        Console.WriteLine($"embedded: reopened in {reopenMs:F0} ms (opening the store {openMs:F0} ms, the first query {reopenMs - openMs:F0} ms)");
        EngineRun.WriteJson(outputPath, new ReopenRun("embedded", reopenMs, QueryTimer.Rows(result)));
    }
}
