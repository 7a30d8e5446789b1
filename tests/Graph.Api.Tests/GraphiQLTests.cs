using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Graph.Api.Tests;

/// <summary>GraphiQL is served to browsers at /graphql and works offline: every asset comes from /lib on this server.</summary>
public sealed partial class GraphiQLTests(EmptyGraphFixture graph) : IClassFixture<EmptyGraphFixture>
{
    [Fact]
    public async Task Browsers_get_the_GraphiQL_page_with_the_headline_query()
    {
        var html = await GetPageAsync();

        Assert.Contains("GraphiQL.createFetcher", html);
        Assert.Contains("pairsWith(thesis: \\u0022taste is the bottleneck\\u0022)", html);
    }

    [Fact]
    public async Task The_page_links_the_explorer_and_the_console()
    {
        var html = await GetPageAsync();

        Assert.Contains("<a href=\"/\">Explorer</a>", html);
        Assert.Contains("<a href=\"/console\">Cypher console</a>", html);
        Assert.Contains("<a href=\"/graphql\" aria-current=\"page\">GraphiQL</a>", html);
    }

    [Fact]
    public async Task The_page_references_only_local_lib_assets()
    {
        var html = await GetPageAsync();

        var references = AssetReference().Matches(html).Select(match => match.Groups["url"].Value).ToList();
        // GraphiQL from /lib, and the explorer's and console's script that sends the API key when the service has one.
        Assert.Equal(5, references.Count);
        Assert.All(references, url => Assert.True(url.StartsWith("/lib/", StringComparison.Ordinal) || url == "/app/api-key.js", url));
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
    }

    [Theory]
    [InlineData("/lib/graphiql.min.js", "javascript", "window.GraphiQL")]
    [InlineData("/lib/graphiql.min.css", "text/css", ".graphiql-container")]
    [InlineData("/lib/react.production.min.js", "javascript", "React")]
    [InlineData("/lib/react-dom.production.min.js", "javascript", "ReactDOM")]
    public async Task The_assets_are_served(string path, string contentType, string expected)
    {
        using var response = await graph.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains(contentType, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(expected, body);
    }

    [Fact]
    public async Task A_browser_get_with_a_query_runs_the_query()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Accept.ParseAdd("text/html");
        var answer = await GraphQLAnswer.ReadAsync(await graph.Client.SendAsync(request, TestContext.Current.CancellationToken));

        Assert.Equal("application/json", answer.MediaType);
        Assert.Equal("Query", answer.AssertData().GetProperty("__typename").GetString());
    }

    private async Task<string> GetPageAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.8));
        using var response = await graph.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    // What the page loads (scripts and stylesheets), not where its links lead.
    [GeneratedRegex(@"<(?:script[^>]*\ssrc|link[^>]*\shref)=""(?<url>[^""]+)""")]
    private static partial Regex AssetReference();
}
