using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Graph.Core.Cypher;
using Graph.Cypher;
using Graph.Import;
using Graph.Neo4j.Tests.Fakes;
using Graph.Testing;

namespace Graph.Neo4j.Tests.EndToEnd;

/// <summary>
/// The service on Neo4j sends one HTTP request per translated GraphQL request: the fake Neo4j answers each statement
/// by running it on an embedded store holding the sample wiki, so the answers are real, and counts the requests.
/// </summary>
public sealed class TranslatedQueriesOverNeo4jTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The load benchmark's queries and a connection, each answered by one statement.</summary>
    public static TheoryData<string> Queries =>
    [
        """{ pairsWith(thesis: "taste is the bottleneck") { thesis { name } heldBy { name } evidence } }""",
        """{ person(name: "Dan Shipper") { name appearsIn { title claims { name heldBy { name } } } } }""",
        """{ people(first: 3, after: "b2Zmc2V0OjA=") { totalCount edges { cursor node { name holds { name } } } pageInfo { hasNextPage endCursor } } }""",
        """{ node(id: "organization:openai") { __typename ... on Organization { name staff { role node { id } } } } }""",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_translated_query_is_one_request_to_neo4j_and_answers_as_the_embedded_store(string query)
    {
        await using var store = await SampleStoreAsync();
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Answer(request => request.Route is FakeRoute.Query or FakeRoute.Run && FakeGraphReplies.Statement(request).Contains("COLLECT {", StringComparison.Ordinal)
            ? Run(store, request)
            : null);
        await using var factory = new Neo4jApiFactory(server.Uri, new AdjustableClock());
        using var client = factory.CreateClient();
        await client.GetAsync("/health/ready", Token);
        var before = server.Requests.Count;

        using var response = await client.PostAsJsonAsync("/graphql", new { query }, Token);
        var body = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal("translated", response.Headers.GetValues("X-Graph-Execution").Single());
        Assert.Equal(1, server.Requests.Count - before);
        Assert.False(JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out _), body);
    }

    /// <summary>A store holding the sample wiki, imported as `graph import` does.</summary>
    private static async Task<EmbeddedCypherSession> SampleStoreAsync()
    {
        var session = EmbeddedCypherSession.Open(null);
        await GraphSchema.ApplyAsync(session, Token);
        await new WikiImporter(session, Vocabulary.Load(RepoPaths.SampleVocabulary)).ImportDirectoryAsync(RepoPaths.SampleWiki, cancellationToken: Token);
        return session;
    }

    /// <summary>Runs the request's statement on <paramref name="store"/> and answers with its rows as the Query API's typed JSON.</summary>
    private static FakeReply Run(ICypherSession store, RecordedRequest request)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (request.Json.TryGetProperty("parameters", out var typed))
        {
            foreach (var parameter in typed.EnumerateObject())
            {
                parameters[parameter.Name] = Neo4jValueReader.Read(parameter.Value, "$" + parameter.Name);
            }
        }
        var result = store.RunAsync(FakeGraphReplies.Statement(request), parameters, CypherAccessMode.Read, Token).GetAwaiter().GetResult();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            writer.WriteStartObject();
            writer.WritePropertyName("fields");
            JsonSerializer.Serialize(writer, result.Columns);
            writer.WritePropertyName("values");
            writer.WriteStartArray();
            foreach (var row in result.Rows)
            {
                writer.WriteStartArray();
                foreach (var value in row)
                {
                    Neo4jValueWriter.Write(writer, value, "result");
                }
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return FakeReply.Json(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
