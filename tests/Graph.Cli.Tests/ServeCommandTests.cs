using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Graph.Cypher;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>`graph serve` stopped the way Ctrl-C or SIGTERM stops it.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string data = RepoPaths.NewTempDirectory("graph-cli-serve");

    public void Dispose() => RepoPaths.DeleteDataDirectory(data);

    [Fact(Timeout = 120_000)]
    public async Task Stopping_serve_folds_the_log_into_a_snapshot_and_frees_the_data_directory()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var serving = CliRun.InvokeAsync(stop.Token, "serve", "--data", data, "--import", RepoPaths.SampleWiki, "--urls", url);
        await WaitUntilReadyAsync(url, serving);

        stop.Cancel();
        var served = await serving;

        Assert.True(served.ExitCode == 0, served.Output + served.Error);
        Assert.True(File.Exists(Path.Combine(data, "graph.snapshot")), "closing the store writes a snapshot of the imported graph");
        // The next command opens the directory at once (the lock is released) and finds the graph.
        var cypher = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "json",
            "MATCH (p:Person {id: 'person:dan-shipper'}) RETURN p.name AS name");
        Assert.True(cypher.ExitCode == 0, cypher.Output + cypher.Error);
        using var json = JsonDocument.Parse(cypher.Output);
        Assert.Equal("Dan Shipper", Assert.Single(json.RootElement.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_port_in_use_is_an_error_naming_the_address()
    {
        using var occupied = new TcpListener(IPAddress.Loopback, 0);
        occupied.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)occupied.LocalEndpoint).Port}";

        var run = await CliRun.InvokeAsync("serve", "--data", data, "--urls", url);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: the service did not start: Failed to bind to address {url}: address already in use.", run.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Listening_beyond_loopback_without_an_api_key_is_refused_naming_the_setting()
    {
        var url = $"http://0.0.0.0:{FreePort.Next()}";

        var run = await CliRun.InvokeAsync("serve", "--data", data, "--urls", url);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: the service did not start: Refusing to listen on {url} without an API key", run.Error, StringComparison.Ordinal);
        Assert.Contains("Set Graph:ApiKey (environment: Graph__ApiKey)", run.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_data_directory_held_by_another_store_is_an_error_naming_it()
    {
        await using var holder = EmbeddedCypherSession.Open(data);

        var run = await CliRun.InvokeAsync("serve", "--data", data, "--urls", $"http://127.0.0.1:{FreePort.Next()}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: the service did not start: The graph data directory '{Path.GetFullPath(data)}' is already open", run.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_command_on_the_data_directory_of_a_running_service_is_told_where_it_answers()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        // A separate process, as a user's second terminal would meet it.
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "graph.dll"), "serve", "--data", data, "--urls", url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var service = Process.Start(start)!;
        try
        {
            var owner = Path.Combine(data, "graph.owner");
            while (!(File.Exists(owner) && (await File.ReadAllTextAsync(owner, TestContext.Current.CancellationToken)).Contains($"address: {url}", StringComparison.Ordinal)))
            {
                Assert.False(service.HasExited, "the service stopped before it listened");
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            var run = await CliRun.InvokeAsync("cypher", "--data", data, "MATCH (n) RETURN count(n)");

            Assert.True(run.ExitCode == 1, run.Output);
            Assert.Contains($"The graph data directory '{Path.GetFullPath(data)}' is already open in process {service.Id} (graph serve --data {data} --urls {url}), which serves it at {url}.", run.Error, StringComparison.Ordinal);
            Assert.Contains($"Query the running service there, or stop process {service.Id} and try again.", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            service.Kill();
            await service.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task Watch_without_a_wiki_to_import_is_a_usage_error()
    {
        var run = await CliRun.InvokeAsync("serve", "--data", data, "--watch");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--watch needs --import WIKI_DIR", run.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Serve_with_watch_imports_a_page_added_while_it_runs()
    {
        var wiki = Directory.CreateDirectory(Path.Combine(data, "wiki")).FullName;
        File.Copy(Path.Combine(RepoPaths.SampleWiki, "the-ai-paradox.md"), Path.Combine(wiki, "the-ai-paradox.md"));
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var serving = CliRun.InvokeAsync(stop.Token, "serve", "--data", Path.Combine(data, "store"), "--import", wiki, "--watch", "--urls", url);
        await WaitUntilReadyAsync(url, serving);

        await File.WriteAllTextAsync(Path.Combine(wiki, "added.md"), "# Added While Serving\n\n## Key Takeaways\n\n- **Serving keeps up with the wiki.** It does.\n",
            TestContext.Current.CancellationToken);

        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        string answer;
        do
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            using var response = await http.PostAsync("/graphql", new StringContent(
                """{"query": "{ node(id: \"source:added-while-serving\") { id } }"}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            answer = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }
        while (!answer.Contains("source:added-while-serving", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        stop.Cancel();
        var served = await serving;

        Assert.Contains("source:added-while-serving", answer, StringComparison.Ordinal);
        Assert.True(served.ExitCode == 0, served.Output + served.Error);
    }

    private static async Task WaitUntilReadyAsync(string url, Task<CliRun> serving)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (serving.IsCompleted)
            {
                var run = await serving;
                Assert.Fail($"serve stopped before it was ready (exit {run.ExitCode}): {run.Output}{run.Error}");
            }
            try
            {
                using var ready = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Fail("serve did not become ready within 60 s");
    }
}
