using Graph.Core.Cypher;
using Graph.Cypher;
using Graph.Testing;

namespace Graph.Api.Tests;

/// <summary>What the service does at start: import before serving, keep data across restarts, refuse a missing wiki.</summary>
public sealed class StartupTests : IDisposable
{
    private const string Headline = """{ pairsWith(thesis: "taste is the bottleneck") { thesis { name } heldBy { name } evidence } }""";

    private readonly string data = RepoPaths.NewTempDirectory("graph-api-startup");

    public void Dispose() => RepoPaths.DeleteDataDirectory(data);

    [Fact]
    public async Task Data_survives_a_restart_without_reimporting()
    {
        string first;
        await using (var importing = new GraphApiFactory(data, RepoPaths.SampleWiki))
        {
            first = (await importing.CreateClient().PostAsync(Headline)).AssertData().ToString();
        }
        Assert.Contains("Dan Shipper", first);

        await using var restarted = new GraphApiFactory(data);
        var second = (await restarted.CreateClient().PostAsync(Headline)).AssertData().ToString();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_missing_wiki_folder_stops_the_start_and_names_the_folder()
    {
        var missing = Path.Combine(data, "no-such-wiki");
        await using var factory = new GraphApiFactory(data, missing);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(missing, Flatten(error));
    }

    [Fact]
    public async Task An_ambiguous_last_name_is_an_error_that_lists_the_people()
    {
        await using (var store = EmbeddedCypherSession.Open(data))
        {
            await store.RunAsync("""
                CREATE (:Person {id: 'person:ann-lee', name: 'Ann Lee'}), (:Person {id: 'person:bo-lee', name: 'Bo Lee'}),
                       (:Person {id: 'person:cy-park', name: 'Cy Park'})
                """, cancellationToken: TestContext.Current.CancellationToken);
        }
        await using var factory = new GraphApiFactory(data);
        var client = factory.CreateClient();

        var ambiguous = await client.PostAsync("""{ person(name: "Lee") { name } }""");
        var unique = (await client.PostAsync("""{ person(name: "park") { name } }""")).AssertData();

        var message = ambiguous.FirstError.GetProperty("message").GetString();
        Assert.Contains("Ann Lee", message);
        Assert.Contains("Bo Lee", message);
        Assert.Equal("Cy Park", unique.GetProperty("person").GetProperty("name").GetString());
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is null ? "" : " | " + Flatten(error.InnerException));
}
