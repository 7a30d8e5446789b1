using System.Net.Http.Json;
using System.Text.Json;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>
/// Every example in README.md runs, as a new user would run it, over the imported sample wiki, and gives the answer
/// the text claims: `graph` commands in-process, GraphQL against `graph serve`, Cypher through `graph cypher`.
/// </summary>
public sealed class ReadmeExamplesTests : IAsyncLifetime
{
    private readonly string data = RepoPaths.NewTempDirectory("graph-cli-readme");

    public static TheoryData<string> Runnable() => [.. ReadmeExample.All().Where(e => e.NotRunBecause is null).Select(e => e.ToString())];

    public async ValueTask InitializeAsync()
    {
        var import = await CliRun.InvokeAsync("import", RepoPaths.SampleWiki, "--data", data);
        Assert.True(import.ExitCode == 0, import.Output + import.Error);
    }

    public ValueTask DisposeAsync()
    {
        RepoPaths.DeleteDataDirectory(data);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void Every_example_states_its_answer_or_why_it_is_not_run_here()
    {
        var examples = ReadmeExample.All();

        Assert.Contains(examples, e => e.Language == "graphql");
        Assert.Contains(examples, e => e.Language == "cypher");
        Assert.All(examples, e => Assert.True(e.Claims.Count > 0 || !string.IsNullOrWhiteSpace(e.NotRunBecause),
            $"{e} has no <!-- example: contains \"…\" --> or <!-- example: not run here (why) --> comment above it"));
        Assert.All(examples.Where(e => e.Language == "bash" && e.NotRunBecause is null), e => Assert.NotEmpty(e.GraphCommands()));
    }

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Runnable))]
    public async Task Runs_and_gives_the_answer_the_text_claims(string where)
    {
        var example = ReadmeExample.All().Single(e => e.ToString() == where);

        var answer = example.Language switch
        {
            "graphql" => await AskGraphQLAsync(example.Code),
            "cypher" => await RunAsync(["cypher", "--format", "json", .. example.CypherParameters().SelectMany(p => new[] { "--param", p }), example.Code]),
            _ => await RunEachAsync(example.GraphCommands()),
        };

        Assert.All(example.Claims, claim => Assert.Contains(claim, answer, StringComparison.Ordinal));
    }

    /// <summary>The commands one after another, as typed (the embedded store allows one process at a time).</summary>
    private async Task<string> RunEachAsync(IEnumerable<string[]> commands)
    {
        var output = new System.Text.StringBuilder();
        foreach (var command in commands)
        {
            output.Append(await RunAsync(command));
        }
        return output.ToString();
    }

    /// <summary>One `graph` command on the test's data directory (the README's commands use the default ./data).</summary>
    private async Task<string> RunAsync(string[] arguments)
    {
        string[] withData = arguments is [var command, ..] && command is "cypher" or "stats" or "export" or "import" && !arguments.Contains("--data")
            ? [.. arguments, "--data", data]
            : arguments;
        // Paths in the README are relative to the repository's root, where a new user runs them.
        var run = await CliRun.InvokeAsync([.. withData.Select(a => a.Contains('/') && !a.StartsWith('-') && Path.Exists(Path.Combine(RepoPaths.Root, a)) ? Path.Combine(RepoPaths.Root, a) : a)]);
        Assert.True(run.ExitCode == 0, $"graph {string.Join(' ', arguments)} failed: {run.Error}");
        return run.Output;
    }

    private async Task<string> AskGraphQLAsync(string query)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var serving = CliRun.InvokeAsync(stop.Token, "serve", "--data", data, "--urls", url);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            for (var attempt = 0; ; attempt++)
            {
                Assert.False(serving.IsCompleted, "serve stopped before it answered");
                try
                {
                    using var response = await http.PostAsJsonAsync("/graphql", new { query }, TestContext.Current.CancellationToken);
                    var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                    using var json = JsonDocument.Parse(body);
                    Assert.False(json.RootElement.TryGetProperty("errors", out _), body);
                    return body;
                }
                catch (HttpRequestException) when (attempt < 300)
                {
                    await Task.Delay(100, TestContext.Current.CancellationToken);
                }
            }
        }
        finally
        {
            stop.Cancel();
            await serving;
        }
    }
}
