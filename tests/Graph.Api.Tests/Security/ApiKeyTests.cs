using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Graph.Api.Tests.Security;

/// <summary>With Graph:ApiKey set, data answers only a request that carries the key; the static pages load without it.</summary>
public sealed class ApiKeyTests
{
    private const string Key = "k3y-4-tests-0123456789";

    public static TheoryData<string, string> DataRequests => new()
    {
        { "POST", "/graphql" },
        { "GET", "/graphql?query=%7B__typename%7D" },
        { "POST", "/cypher" },
        { "GET", "/cypher/library" },
        { "GET", "/export/graph.graphml" },
        { "GET", "/export/graph.cyjs.json" },
        { "GET", "/explore/search?q=taste" },
        { "POST", "/explore/drawing" },
        { "GET", "/health/ready" },
        { "GET", "/no-such-page" },
    };

    [Theory]
    [MemberData(nameof(DataRequests))]
    public async Task Without_the_key_every_data_endpoint_answers_401_with_a_challenge(string method, string path)
    {
        await using var service = SecuredService.Start(("Graph:ApiKey", Key));

        using var response = await service.Client().SendAsync(Request(method, path), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var message = json.RootElement.GetProperty("error").GetProperty("message").GetString();
        Assert.Contains("X-Api-Key", message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DataRequests))]
    public async Task A_wrong_key_is_refused_the_same_way(string method, string path)
    {
        await using var service = SecuredService.Start(("Graph:ApiKey", Key));
        var request = Request(method, path);
        request.Headers.Add("X-Api-Key", Key + "x");

        using var response = await service.Client().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DataRequests))]
    public async Task The_key_in_x_api_key_or_as_a_bearer_token_is_let_through(string method, string path)
    {
        await using var service = SecuredService.Start(("Graph:ApiKey", Key));
        var client = service.Client();
        var header = Request(method, path);
        header.Headers.Add("X-Api-Key", Key);
        var bearer = Request(method, path);
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        using var byHeader = await client.SendAsync(header, TestContext.Current.CancellationToken);
        using var byBearer = await client.SendAsync(bearer, TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.Unauthorized, byHeader.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, byBearer.StatusCode);
        Assert.Equal(byHeader.StatusCode, byBearer.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/console")]
    [InlineData("/app/console.js")]
    [InlineData("/app/api-key.js")]
    [InlineData("/lib/graphiql.min.js")]
    [InlineData("/favicon.ico")]
    [InlineData("/health/live")]
    public async Task Pages_their_files_and_the_liveness_probe_need_no_key(string path)
    {
        await using var service = SecuredService.Start(("Graph:ApiKey", Key));

        using var response = await service.Client().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GraphiQL_needs_no_key_but_a_query_by_get_does()
    {
        await using var service = SecuredService.Start(("Graph:ApiKey", Key));
        var client = service.Client();
        var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html");
        var query = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        query.Headers.Accept.ParseAdd("text/html");

        using var pageResponse = await client.SendAsync(page, TestContext.Current.CancellationToken);
        using var queryResponse = await client.SendAsync(query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Contains("GraphiQL", await pageResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, queryResponse.StatusCode);
    }

    [Fact]
    public async Task The_key_never_reaches_the_logs()
    {
        await using var service = SecuredService.Start(("Graph:ApiKey", Key));
        var client = service.Client();
        foreach (var (method, path) in DataRequests.Select(row => ((string)row.Data.Item1, (string)row.Data.Item2)))
        {
            var right = Request(method, path);
            right.Headers.Add("X-Api-Key", Key);
            var wrong = Request(method, path);
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key + "-wrong");
            (await client.SendAsync(right, TestContext.Current.CancellationToken)).Dispose();
            (await client.SendAsync(wrong, TestContext.Current.CancellationToken)).Dispose();
        }

        Assert.NotEmpty(service.Logs.Entries);
        Assert.DoesNotContain(service.Logs.Entries, entry => entry.Message.Contains(Key, StringComparison.Ordinal));
    }

    private static HttpRequestMessage Request(string method, string path) => method == "POST"
        ? SecuredService.Post(path, path switch
        {
            "/graphql" => SecuredService.GraphQLBody,
            "/cypher" => """{"query":"RETURN 1"}""",
            _ => """{"ids":[]}""",
        }, "application/json")
        : new HttpRequestMessage(HttpMethod.Get, path);
}
