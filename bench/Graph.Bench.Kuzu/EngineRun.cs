using System.Text.Json;

namespace Graph.Bench.Kuzu;

/// <summary>
/// What one engine's process writes (bench/kuzu/bench.mjs writes the same shape for Kuzu): load time, the timed runs
/// and last answer of each query, and the process's peak resident memory.
/// </summary>
internal sealed record EngineRun(string Engine, double LoadMs, double PeakRssMb, QueryTiming[] Queries)
{
    public static EngineRun Read(string path) => ReadJson<EngineRun>(path);

    public static T ReadJson<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), GraphManifest.Json)
        ?? throw new InvalidDataException($"{path} is empty.");

    public static void WriteJson<T>(string path, T value) =>
        File.WriteAllText(path, JsonSerializer.Serialize(value, GraphManifest.Json));
}

/// <summary>One query's timed runs (warm-ups left out) and the rows of its last run.</summary>
internal sealed record QueryTiming(string Key, string Title, string Query, double[] RunsMs, string[] Columns, JsonElement[][] Rows);

/// <summary>Opening a persisted database in a fresh process and answering one trivial query.</summary>
internal sealed record ReopenRun(string Engine, double ReopenMs, JsonElement[][] Rows);

/// <summary>A load alone in its process: its time and the process's peak resident memory.</summary>
internal sealed record LoadRun(double LoadMs, double PeakRssMb);
