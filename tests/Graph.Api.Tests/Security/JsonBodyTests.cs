using System.Net;
using System.Text.Json;

namespace Graph.Api.Tests.Security;

/// <summary>
/// A web page may POST text/plain or a form to any address without asking (a "simple" cross-site request): the
/// endpoints that take a body accept application/json only, which a foreign page cannot send without a CORS preflight.
/// </summary>
public sealed class JsonBodyTests
{
    public static TheoryData<string, string> SimpleRequestBodies => new()
    {
        { "text/plain", """{"query":"RETURN 1"}""" },
        { "application/x-www-form-urlencoded", "query=RETURN+1" },
        { "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\nRETURN 1\r\n--x--\r\n" },
    };

    [Theory]
    [MemberData(nameof(SimpleRequestBodies))]
    public async Task The_cypher_console_refuses_a_body_that_is_not_json_with_415_naming_the_type(string contentType, string body)
    {
        await using var service = SecuredService.Start();
        using var request = SecuredService.Post("/cypher", body, "text/plain");
        request.Content!.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await service.Client().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var error = json.RootElement.GetProperty("error");
        Assert.Equal("UnsupportedMediaType", error.GetProperty("code").GetString());
        Assert.Contains("application/json", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cypher_console_refuses_a_body_without_a_content_type()
    {
        await using var service = SecuredService.Start();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cypher") { Content = new ByteArrayContent("""{"query":"RETURN 1"}"""u8.ToArray()) };

        using var response = await service.Client().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task The_cypher_console_still_runs_json_with_a_charset()
    {
        await using var service = SecuredService.Start();
        using var request = SecuredService.Post("/cypher", """{"query":"RETURN 1 AS one"}""", "application/json");

        using var response = await service.Client().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/explore/drawing", "text/plain")]
    [InlineData("/explore/drawing", "application/x-www-form-urlencoded")]
    [InlineData("/graphql", "text/plain")]
    [InlineData("/graphql", "application/x-www-form-urlencoded")]
    public async Task The_other_endpoints_that_take_a_body_refuse_text_and_forms_too(string path, string contentType)
    {
        await using var service = SecuredService.Start();
        using var request = SecuredService.Post(path, path == "/graphql" ? SecuredService.GraphQLBody : """{"ids":[]}""", contentType);

        using var response = await service.Client().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
