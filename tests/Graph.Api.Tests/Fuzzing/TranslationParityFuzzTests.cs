using System.Net.Http.Headers;
using System.Text;
using Graph.Api.Tests.Translation;
using Graph.Testing;

namespace Graph.Api.Tests.Fuzzing;

/// <summary>
/// Whatever is posted, the translating service and the one on the resolvers give the same status and the same bytes:
/// a translated answer equals the resolvers' one, and anything the translation leaves to them is answered by them.
/// </summary>
[Trait(FuzzRuns.Category, FuzzRuns.Fuzz)]
public sealed class TranslationParityFuzzTests(TranslationParityFixture services) : IClassFixture<TranslationParityFixture>
{
    private int _translated;

    [Fact]
    public void Any_body_gets_the_same_answer_translated_or_not()
    {
        FuzzRuns.Sample(GraphQLGen.Body, body => SameAnswer(body).GetAwaiter().GetResult(), ciIterations: 600, threads: 2);

        // The generator's valid documents reach the translation, or this compared only the resolvers with themselves.
        Assert.True(_translated > 0, "no generated document was translated");
        TestContext.Current.TestOutputHelper?.WriteLine($"{_translated} generated requests were translated.");
    }

    private async Task SameAnswer(string body)
    {
        var (translatedStatus, translated, route) = await PostAsync(services.Translating, body);
        var (resolvedStatus, resolved, _) = await PostAsync(services.Resolving, body);

        Assert.Equal((resolvedStatus, resolved), (translatedStatus, translated));
        if (route == "translated")
        {
            Interlocked.Increment(ref _translated);
        }
    }

    private static async Task<(int Status, string Body, string? Route)> PostAsync(HttpClient client, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLClient.GraphQLResponse));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        using var response = await client.SendAsync(request, timeout.Token);
        var route = response.Headers.TryGetValues("X-Graph-Execution", out var values) ? values.Single() : null;
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(timeout.Token), route);
    }
}
