using Graph.Neo4j.Tests.Fakes;

namespace Graph.Neo4j.Tests.EndToEnd;

/// <summary>Rules that make the fake Neo4j answer what the importer and the API ask, in the Query API's documented shapes.</summary>
internal static class FakeGraphReplies
{
    /// <summary>An empty graph: the importer's "which pages are imported" read returns no rows.</summary>
    public static void EmptyGraph(this FakeNeo4jServer server) =>
        server.Answer(request => request.Route == FakeRoute.Query && Statement(request).StartsWith("MATCH (p:Page) OPTIONAL MATCH (p)-[:DESCRIBES]->(s:Source)", StringComparison.Ordinal)
            ? FakeReply.Json("""{"data":{"fields":["page","id","importKey","title","aliases"],"values":[]},"bookmarks":["FB:pages"]}""")
            : null);

    /// <summary>A statement inside a transaction that sends <paramref name="page"/> as $page fails with Neo4j's error.</summary>
    public static void RejectPage(this FakeNeo4jServer server, string page, string code, string message) =>
        server.Answer(request => request.Route == FakeRoute.Run && Parameter(request, "page") == page ? FakeReply.Error(code, message) : null);

    public static string Statement(RecordedRequest request) => request.Text("statement") ?? "";

    /// <summary>A string parameter's value as sent (typed JSON: {"$type":"String","_value":...}).</summary>
    public static string? Parameter(RecordedRequest request, string name) =>
        request.Json.TryGetProperty("parameters", out var parameters) && parameters.TryGetProperty(name, out var typed)
            && typed.TryGetProperty("_value", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String
            ? value.GetString()
            : null;
}
