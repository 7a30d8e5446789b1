using System.Text.Json;
using Graph.Core.Cypher;

namespace Graph.Neo4j;

/// <summary>
/// The body of a Query API request: a statement with typed parameters (absent when only opening or committing
/// a transaction), the access mode, and the bookmarks the server must have caught up with first.
/// </summary>
internal sealed record QueryRequest(
    string? Statement = null,
    IReadOnlyDictionary<string, object?>? Parameters = null,
    CypherAccessMode? AccessMode = null,
    IReadOnlyList<string>? Bookmarks = null)
{
    public static QueryRequest Empty { get; } = new();

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (Statement is not null)
            {
                writer.WriteString("statement", Statement);
                if (Parameters is { Count: > 0 })
                {
                    writer.WritePropertyName("parameters");
                    Neo4jValueWriter.WriteParameters(writer, Parameters);
                }
                writer.WriteBoolean("includeCounters", true);
            }
            if (AccessMode is { } mode)
            {
                writer.WriteString("accessMode", mode == CypherAccessMode.Read ? "READ" : "WRITE");
            }
            if (Bookmarks is { Count: > 0 })
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in Bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
