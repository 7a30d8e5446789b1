using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Graph.Api.CypherConsole;

namespace Graph.Api.Tests.Browser;

/// <summary>Posts to the console endpoint and hands back the status and the parsed JSON body.</summary>
internal static class ConsoleClient
{
    public static async Task<(int Status, JsonElement Body)> RunAsync(this HttpClient client, string query, object? parameters = null)
    {
        using var response = await client.PostAsJsonAsync(CypherConsoleEndpoints.Path, new { query, parameters }, TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public static async Task<(int Status, JsonElement Body)> PostRawAsync(this HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(CypherConsoleEndpoints.Path, content, TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    private static async Task<(int Status, JsonElement Body)> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return ((int)response.StatusCode, json.RootElement.Clone());
    }
}
