using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>GraphQL over HTTP: methods, media types, status codes and the shape of errors.</summary>
public sealed class HttpProtocolTests(EmptyGraphFixture graph) : IClassFixture<EmptyGraphFixture>
{
    [Fact]
    public async Task Get_and_post_answer_the_same_query_alike()
    {
        const string query = """query($n: String!) { thesis(name: $n) { name } __typename }""";

        var viaPost = await graph.Client.PostAsync(query, new { n = "anything" });
        var viaGet = await graph.Client.GetQueryAsync(query, """{"n":"anything"}""");

        Assert.Equal(viaPost.AssertData().ToString(), viaGet.AssertData().ToString());
        Assert.Equal("Query", viaGet.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Mutations_over_get_are_refused_with_405()
    {
        var answer = await graph.Client.GetQueryAsync("mutation { anything }");

        Assert.Equal(405, answer.Status);
        Assert.Contains("POST", answer.Response.Content.Headers.Allow);
        Assert.Contains("GET", answer.FirstError.GetProperty("message").GetString());
        Assert.False(answer.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Bad_json_is_a_400_that_says_where()
    {
        var answer = await graph.Client.PostRawAsync("""{"query": "{ __typename }",""");

        Assert.Equal(400, answer.Status);
        var message = Assert.Single(answer.Body.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString();
        Assert.Contains("not valid JSON", message);
        Assert.Contains("line 1", message);
        Assert.False(answer.Body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("""{"variables": {}}""", "no 'query'")]
    [InlineData("""{"query": 42}""", "'query' must be a non-empty string")]
    [InlineData("""{"query": "{ __typename }", "variables": [1]}""", "'variables' must be a JSON object")]
    [InlineData("""{"query": "{ __typename }", "operationName": 3}""", "'operationName' must be a string")]
    [InlineData("""["{ __typename }"]""", "must be a JSON object")]
    [InlineData("", "not valid JSON")]
    public async Task Malformed_requests_are_400_with_a_spec_shaped_error(string body, string expected)
    {
        var answer = await graph.Client.PostRawAsync(body);

        Assert.Equal(400, answer.Status);
        Assert.Contains(expected, answer.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var answer = await graph.Client.PostRawAsync("{ __typename }", "text/plain");

        Assert.Equal(415, answer.Status);
        Assert.Contains("application/json", answer.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Get_without_a_query_is_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("application/json");
        var answer = await GraphQLAnswer.ReadAsync(await graph.Client.SendAsync(request, TestContext.Current.CancellationToken));

        Assert.Equal(400, answer.Status);
        Assert.Contains("query", answer.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Get_with_variables_that_are_not_json_is_400()
    {
        var answer = await graph.Client.GetQueryAsync("{ __typename }", "{nope");

        Assert.Equal(400, answer.Status);
        Assert.Contains("'variables' parameter is not valid JSON", answer.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_syntax_error_names_its_line_and_column()
    {
        var answer = await graph.Client.PostAsync("{\n  thesis(name: \"x\") {\n    name\n  ");

        Assert.Equal(400, answer.Status);
        var location = Assert.Single(answer.FirstError.GetProperty("locations").EnumerateArray());
        Assert.Equal(4, location.GetProperty("line").GetInt32());
        Assert.Equal(3, location.GetProperty("column").GetInt32());
        Assert.False(answer.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_validation_error_names_the_field_and_its_location()
    {
        var answer = await graph.Client.PostAsync("{\n  thesis(name: \"x\") { nonsense }\n}");

        Assert.Equal(400, answer.Status);
        var error = answer.FirstError;
        Assert.Contains("nonsense", error.GetProperty("message").GetString());
        var location = Assert.Single(error.GetProperty("locations").EnumerateArray());
        Assert.Equal(2, location.GetProperty("line").GetInt32());
        Assert.Equal(23, location.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Responds_with_graphql_response_json_when_accepted()
    {
        var answer = await graph.Client.PostAsync("{ __typename }");

        Assert.Equal("application/graphql-response+json", answer.MediaType);
    }

    [Fact]
    public async Task Responds_with_plain_json_to_legacy_clients_even_for_validation_errors()
    {
        var answer = await graph.Client.PostAsync("{ nonsense }", accept: "application/json");

        Assert.Equal("application/json", answer.MediaType);
        Assert.Equal(200, answer.Status);
        Assert.True(answer.HasErrors);
    }

    [Fact]
    public async Task Responds_with_plain_json_without_an_accept_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""") };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var answer = await GraphQLAnswer.ReadAsync(await graph.Client.SendAsync(request, TestContext.Current.CancellationToken));

        Assert.Equal("application/json", answer.MediaType);
        Assert.Equal("Query", answer.AssertData().GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Selections_deeper_than_the_limit_are_refused_before_running()
    {
        var levels = Enumerable.Range(0, 7).Select(_ => "holds { heldBy {").ToList();
        var nested = $"{{ person(name: \"x\") {{ {string.Join(" ", levels)} name {new string('}', levels.Count * 2)} }} }}";

        var answer = await graph.Client.PostAsync(nested);

        Assert.True(answer.HasErrors, answer.ToString());
        Assert.Contains("depth", answer.FirstError.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(JsonValueKind.Undefined, answer.Body.TryGetProperty("data", out var data) ? data.ValueKind : JsonValueKind.Undefined);
    }

    [Fact]
    public async Task Deep_introspection_like_GraphiQLs_is_not_limited()
    {
        var typeRef = "kind name " + string.Concat(Enumerable.Repeat("ofType { kind name ", 8)) + new string('}', 8);
        var introspection = $"{{ __schema {{ types {{ name fields(includeDeprecated: true) {{ name args {{ name type {{ {typeRef} }} }} type {{ {typeRef} }} }} }} }} }}";

        var data = (await graph.Client.PostAsync(introspection)).AssertData();

        Assert.Contains(data.GetProperty("__schema").GetProperty("types").EnumerateArray(), type => type.GetProperty("name").GetString() == "ThesisPairing");
    }

    [Fact]
    public async Task OperationName_picks_the_operation_to_run()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "query A { __typename } query B { thesis(name: \"x\") { name } }", operationName = "B" }),
        };
        var answer = await GraphQLAnswer.ReadAsync(await graph.Client.SendAsync(request, TestContext.Current.CancellationToken));

        var data = answer.AssertData();
        Assert.True(data.TryGetProperty("thesis", out _));
        Assert.False(data.TryGetProperty("__typename", out _));
    }

    [Fact]
    public async Task A_missing_required_variable_is_a_400_naming_it()
    {
        var answer = await graph.Client.PostAsync("query($name: String!) { thesis(name: $name) { name } }");

        Assert.Equal(400, answer.Status);
        Assert.Contains("name", answer.FirstError.GetProperty("message").GetString());
        Assert.False(answer.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Other_methods_are_not_allowed()
    {
        using var response = await graph.Client.PutAsync("/graphql", new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(405, (int)response.StatusCode);
    }
}
