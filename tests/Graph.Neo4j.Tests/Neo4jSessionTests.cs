using System.Text;
using System.Text.Json;
using Graph.Core.Cypher;
using Graph.Neo4j.Tests.Fakes;

namespace Graph.Neo4j.Tests;

/// <summary>What Neo4jSession sends and how it reads answers, against the fake Neo4j on loopback.</summary>
public sealed class Neo4jSessionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sends_basic_auth_typed_json_and_the_database_in_the_path()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        var options = TestOptions.For(server.Uri);
        options.Database = "movies";
        await using var session = new Neo4jSession(options);

        await session.RunAsync("RETURN 1 AS ok", cancellationToken: Token);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/db/movies/query/v2", request.Path);
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestOptions.User}:{TestOptions.Password}"));
        Assert.Equal(expected, request.Header("Authorization"));
        Assert.Equal("application/vnd.neo4j.query", request.Header("Accept"));
        Assert.StartsWith("application/vnd.neo4j.query", request.Header("Content-Type"));
        Assert.Equal("RETURN 1 AS ok", request.Text("statement"));
        Assert.True(request.Json.GetProperty("includeCounters").GetBoolean());
    }

    [Fact]
    public async Task Omits_the_authorization_header_when_no_user_is_configured()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        var options = TestOptions.For(server.Uri);
        options.User = null;
        await using var session = new Neo4jSession(options);

        await session.RunAsync("RETURN 1 AS ok", cancellationToken: Token);

        Assert.Null(Assert.Single(server.Requests).Header("Authorization"));
    }

    [Theory]
    [InlineData(CypherAccessMode.Read, "READ")]
    [InlineData(CypherAccessMode.Write, "WRITE")]
    public async Task Sends_the_access_mode(CypherAccessMode mode, string expected)
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        await session.RunAsync("MATCH (n) RETURN count(n) AS ok", mode: mode, cancellationToken: Token);

        Assert.Equal(expected, Assert.Single(server.Requests).Text("accessMode"));
    }

    [Fact]
    public async Task Sends_parameters_as_typed_json_with_exact_integers()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        await session.RunAsync(
            "RETURN $big AS ok",
            new Dictionary<string, object?> { ["big"] = 9007199254740993L, ["ratio"] = 2.0, ["names"] = new[] { "a", "b" } },
            cancellationToken: Token);

        var parameters = Assert.Single(server.Requests).Json.GetProperty("parameters");
        Assert.Equal("""{"$type":"Integer","_value":"9007199254740993"}""", parameters.GetProperty("big").GetRawText());
        Assert.Equal("""{"$type":"Float","_value":"2"}""", parameters.GetProperty("ratio").GetRawText());
        Assert.Equal(
            """{"$type":"List","_value":[{"$type":"String","_value":"a"},{"$type":"String","_value":"b"}]}""",
            parameters.GetProperty("names").GetRawText());
    }

    [Fact]
    public async Task Maps_typed_values_in_the_answer_to_cypher_values()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.Json("""
            {"data":{"fields":["big","ratio","name","flag","nothing","tags","when","person"],
             "values":[[
               {"$type":"Integer","_value":"9007199254740993"},
               {"$type":"Float","_value":"3.2E9"},
               {"$type":"String","_value":"Ambrosino"},
               {"$type":"Boolean","_value":true},
               {"$type":"Null","_value":null},
               {"$type":"List","_value":[{"$type":"String","_value":"ai"}]},
               {"$type":"Date","_value":"2015-03-26"},
               {"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Person"],"_properties":{"id":{"$type":"String","_value":"person:a"}}}}
             ]]},
             "counters":{"containsUpdates":true,"nodesCreated":2,"propertiesSet":3,"labelsAdded":2},
             "bookmarks":["FB:x"]}
            """));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var result = await session.RunAsync("RETURN 1", mode: CypherAccessMode.Read, cancellationToken: Token);

        Assert.Equal(["big", "ratio", "name", "flag", "nothing", "tags", "when", "person"], result.Columns);
        var row = Assert.Single(result.Rows);
        Assert.Equal(9007199254740993L, Assert.IsType<long>(row[0]));
        Assert.Equal(3.2e9, Assert.IsType<double>(row[1]));
        Assert.Equal("Ambrosino", row[2]);
        Assert.Equal(true, row[3]);
        Assert.Null(row[4]);
        Assert.Equal(["ai"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[5]));
        Assert.Equal(new CypherTemporal(CypherTemporalType.Date, "2015-03-26"), row[6]);
        var person = Assert.IsType<CypherNode>(row[7]);
        Assert.Equal("person:a", person["id"]);
        Assert.Equal(new CypherCounters(NodesCreated: 2, PropertiesSet: 3, LabelsAdded: 2), result.Counters);
    }

    [Fact]
    public async Task Carries_bookmarks_from_each_answer_into_the_next_request()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        await session.RunAsync("CREATE (:A)", cancellationToken: Token);
        var afterWrite = session.Bookmarks;
        await session.ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:B)", cancellationToken: Token), Token);
        var afterCommit = session.Bookmarks;
        await session.RunAsync("MATCH (n) RETURN n", mode: CypherAccessMode.Read, cancellationToken: Token);

        var requests = server.Requests;
        Assert.Empty(requests[0].Bookmarks);
        var first = Assert.Single(afterWrite);
        Assert.StartsWith("FB:query-", first);
        Assert.Equal([first], server.Of(FakeRoute.Begin).Single().Bookmarks);
        var committed = Assert.Single(afterCommit);
        Assert.StartsWith("FB:commit-", committed);
        Assert.Equal([committed], server.Of(FakeRoute.Query)[^1].Bookmarks);
    }

    [Fact]
    public async Task Unauthorized_is_a_client_error_with_neo4j_code_and_is_not_retried()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.Error("Neo.ClientError.Security.Unauthorized", "Invalid username or password.", 401));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var error = await Assert.ThrowsAsync<QueryApiException>(
            () => session.RunAsync("RETURN 1", mode: CypherAccessMode.Read, cancellationToken: Token));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal("Invalid username or password.", error.Message);
        Assert.Equal(1, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task A_body_that_is_not_query_api_json_fails_with_a_clear_protocol_error()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.Json("<html>hello</html>", 200));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var error = await Assert.ThrowsAsync<QueryApiException>(
            () => session.RunAsync("RETURN 1", mode: CypherAccessMode.Read, cancellationToken: Token));

        Assert.Equal(Neo4jErrors.ProtocolError, error.Code);
        Assert.Contains("POST /db/neo4j/query/v2", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Count(FakeRoute.Query));
    }

    [Fact]
    public async Task A_row_whose_width_differs_from_the_fields_is_reported_with_its_index()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        server.Enqueue(FakeRoute.Query, FakeReply.Json("""{"data":{"fields":["a","b"],"values":[[{"$type":"Null","_value":null}]]}}"""));
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        var error = await Assert.ThrowsAsync<QueryApiException>(
            () => session.RunAsync("RETURN 1", mode: CypherAccessMode.Read, cancellationToken: Token));

        Assert.Contains("data.values[0] should be an array of 2 values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_options_are_refused_before_any_request()
    {
        var options = new Neo4jOptions { RequestTimeout = TimeSpan.Zero };

        var error = Assert.Throws<ArgumentException>(() => new Neo4jSession(options));

        Assert.Contains("RequestTimeout", error.Message, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Reports_its_backend_and_a_closed_circuit_when_healthy()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        await session.RunAsync("RETURN 1", cancellationToken: Token);

        Assert.Equal("neo4j", session.Backend);
        Assert.Equal(Neo4jCircuitState.Closed, session.CircuitState);
        Assert.DoesNotContain(TestOptions.Password, session.ToString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, server.Requests[0].Json.ValueKind);
    }
}
