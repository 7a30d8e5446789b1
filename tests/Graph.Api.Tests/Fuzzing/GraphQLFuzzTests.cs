using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Testing;

namespace Graph.Api.Tests.Fuzzing;

/// <summary>
/// Any body posted to /graphql gets a 200 or 400 JSON answer with data and/or errors, each error with a message:
/// never a 500, never a hang; and the service still answers afterwards.
/// </summary>
[Trait(FuzzRuns.Category, FuzzRuns.Fuzz)]
public sealed class GraphQLFuzzTests(SampleGraphFixture service) : IClassFixture<SampleGraphFixture>
{
    // Far above any answer here (the service's own execution timeout is 30 s): past it, the request hangs.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task Any_document_gets_a_json_answer_with_data_or_errors_and_the_service_stays_up()
    {
        FuzzRuns.Sample(GraphQLGen.Body, body => AnswersWithDataOrErrors(body).GetAwaiter().GetResult(), ciIterations: 1_500, threads: 2);

        var after = await AnswersWithDataOrErrors("""{"query": "{ __typename }"}""");
        Assert.Equal("Query", after.GetProperty("data").GetProperty("__typename").GetString());
    }

    private async Task<JsonElement> AnswersWithDataOrErrors(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLClient.GraphQLResponse));
        using var timeout = new CancellationTokenSource(RequestTimeout);
        using var response = await service.Client.SendAsync(request, timeout.Token);
        var text = await response.Content.ReadAsStringAsync(timeout.Token);

        Assert.True((int)response.StatusCode is 200 or 400, $"HTTP {(int)response.StatusCode}: {text}");
        var answer = JsonDocument.Parse(text).RootElement.Clone();
        var hasData = answer.TryGetProperty("data", out _);
        var hasErrors = answer.TryGetProperty("errors", out var errors);
        Assert.True(hasData || hasErrors, $"neither data nor errors: {text}");
        if (hasErrors)
        {
            Assert.NotEqual(0, errors.GetArrayLength());
            Assert.All(errors.EnumerateArray(), error => Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()), text));
        }
        return answer;
    }
}
