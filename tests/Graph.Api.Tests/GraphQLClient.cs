using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>Sends GraphQL-over-HTTP requests and reads the JSON answer.</summary>
internal static class GraphQLClient
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static async Task<GraphQLAnswer> PostAsync(this HttpClient client, string query, object? variables = null, string accept = GraphQLResponse)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await GraphQLAnswer.ReadAsync(await client.SendAsync(request, TestContext.Current.CancellationToken));
    }

    public static async Task<GraphQLAnswer> GetQueryAsync(this HttpClient client, string query, string? variablesJson = null, string accept = GraphQLResponse)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (variablesJson is null ? "" : "&variables=" + Uri.EscapeDataString(variablesJson));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await GraphQLAnswer.ReadAsync(await client.SendAsync(request, TestContext.Current.CancellationToken));
    }

    /// <summary>POSTs a raw body with a content type, for malformed-request tests.</summary>
    public static async Task<GraphQLAnswer> PostRawAsync(this HttpClient client, string body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponse));
        return await GraphQLAnswer.ReadAsync(await client.SendAsync(request, TestContext.Current.CancellationToken));
    }
}

/// <summary>An HTTP response to a GraphQL request: status, media type and the parsed JSON body.</summary>
internal sealed record GraphQLAnswer(int Status, string? MediaType, JsonElement Body, HttpResponseMessage Response)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public JsonElement FirstError => Body.GetProperty("errors")[0];

    public static async Task<GraphQLAnswer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException error)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode} body is not JSON: {text}", error);
        }
        return new GraphQLAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }

    /// <summary>Data with no errors, or a failure that shows the whole body.</summary>
    public JsonElement AssertData()
    {
        Assert.False(HasErrors, $"Unexpected errors (HTTP {Status}): {Body}");
        Assert.Equal(200, Status);
        return Data;
    }

    public override string ToString() => $"HTTP {Status} {MediaType}: {Body}";
}
