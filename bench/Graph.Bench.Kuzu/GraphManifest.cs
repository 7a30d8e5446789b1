using System.Text.Json;

namespace Graph.Bench.Kuzu;

/// <summary>A node CSV: its label, file name, columns (id first, the key) and row count.</summary>
internal sealed record NodeFile(string Label, string File, string[] Columns, int Count);

/// <summary>A relationship CSV (columns <c>:START_ID,:END_ID</c>, the end nodes' ids): its type, end labels and row count.</summary>
internal sealed record RelationshipFile(string Type, string From, string To, string File, int Count);

/// <summary>
/// graph.json beside the CSVs: what each file holds and the queries' parameters, so the embedded loader, the Kuzu
/// loader (bench/kuzu) and both query runners are driven by one description of the generated graph.
/// </summary>
internal sealed record GraphManifest(string Scale, NodeFile[] Nodes, RelationshipFile[] Relationships, Dictionary<string, string> Parameters)
{
    public const string FileName = "graph.json";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static GraphManifest Read(string directory) =>
        JsonSerializer.Deserialize<GraphManifest>(File.ReadAllText(Path.Combine(directory, FileName)), Json)
        ?? throw new InvalidDataException($"{FileName} in {directory} is empty.");

    public void Write(string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, Json));
}
