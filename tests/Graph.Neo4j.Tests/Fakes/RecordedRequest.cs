using System.Text.Json;

namespace Graph.Neo4j.Tests.Fakes;

/// <summary>A request as the fake Neo4j received it.</summary>
internal sealed record RecordedRequest(
    FakeRoute Route,
    string Method,
    string Path,
    string? TransactionId,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    /// <summary>The JSON body (an empty object when there was none).</summary>
    public JsonElement Json => JsonDocument.Parse(Body.Length == 0 ? "{}" : Body).RootElement.Clone();

    public string? Text(string property) =>
        Json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public IReadOnlyList<string> Bookmarks =>
        Json.TryGetProperty("bookmarks", out var array) ? array.EnumerateArray().Select(b => b.GetString()!).ToList() : [];
}
