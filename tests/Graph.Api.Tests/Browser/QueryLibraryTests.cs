using System.Text.Json;
using Graph.Api.CypherConsole;
using Graph.Testing;

namespace Graph.Api.Tests.Browser;

/// <summary>The analysts' query library as the console offers it: every file of cypher/queries, described, and runnable with its examples.</summary>
public sealed class QueryLibraryTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Fact]
    public async Task Lists_every_query_file_with_its_description_and_text()
    {
        using var json = JsonDocument.Parse(await graph.Client.GetStringAsync(CypherConsoleEndpoints.LibraryPath, TestContext.Current.CancellationToken));

        var names = json.RootElement.EnumerateArray().Select(query => query.GetProperty("name").GetString()).ToList();
        var files = Directory.GetFiles(RepoPaths.CypherQueries, "*.cypher").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, names);
        Assert.All(json.RootElement.EnumerateArray(), query =>
        {
            Assert.False(query.GetProperty("description").GetString()!.StartsWith("Parameters", StringComparison.Ordinal));
            Assert.Contains("RETURN", query.GetProperty("text").GetString());
        });
    }

    [Fact]
    public async Task Every_query_runs_in_the_console_with_its_example_parameters()
    {
        using var json = JsonDocument.Parse(await graph.Client.GetStringAsync(CypherConsoleEndpoints.LibraryPath, TestContext.Current.CancellationToken));

        foreach (var query in json.RootElement.EnumerateArray())
        {
            var parameters = JsonSerializer.Deserialize<Dictionary<string, object?>>(query.GetProperty("parameters").GetRawText());
            var (status, body) = await graph.Client.RunAsync(query.GetProperty("text").GetString()!, parameters);
            Assert.True(status == 200, $"{query.GetProperty("name").GetString()}: {body}");
            if (parameters!.Values.All(value => value is not null))
            {
                // With every example given, the sample graph has an answer.
                Assert.True(body.GetProperty("rows").GetArrayLength() > 0, $"{query.GetProperty("name").GetString()} found nothing in the sample graph");
            }
        }
    }

    [Theory]
    [InlineData("// Who.\n// Parameters: $limit: how many, e.g. 10.\nRETURN $limit", "limit", 10L)]
    [InlineData("// Pairs.\n// Parameters: $thesis: a thesis, e.g. \"taste is the bottleneck\".\nRETURN 1", "thesis", "taste is the bottleneck")]
    [InlineData("// Odd.\n// Parameters: $word: a word, e.g. plain text.\nRETURN 1", "word", "plain text")]
    [InlineData("// Two.\n// Parameters: $a: one, e.g. 1; $b: no example\nRETURN 1", "b", null)]
    public void Reads_parameters_and_examples_from_the_header(string text, string parameter, object? example)
    {
        var query = QueryLibrary.Parse("q", text);

        Assert.Equal(example, query.Parameters[parameter]);
        Assert.DoesNotContain("Parameters", query.Description);
    }

    [Fact]
    public void A_query_without_parameters_has_none()
    {
        var query = QueryLibrary.Parse("q", "// Everything.\n// Parameters: none.\nMATCH (n) RETURN n");

        Assert.Empty(query.Parameters);
        Assert.Equal("Everything.", query.Description);
    }
}
