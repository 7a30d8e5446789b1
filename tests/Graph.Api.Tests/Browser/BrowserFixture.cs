using System.Diagnostics;
using System.Text.Json;
using Graph.Testing;
using Microsoft.AspNetCore.Builder;

namespace Graph.Api.Tests.Browser;

/// <summary>
/// The real service (Kestrel on a free loopback port, the sample wiki imported into a temp data directory) and the
/// tests/browser runner: node + playwright-core driving Debian's Chromium. When Chromium or node is missing, or
/// playwright-core cannot be installed, <see cref="SkipReason"/> says so and the tests skip with it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly TimeSpan ScenarioTimeout = TimeSpan.FromSeconds(120);

    private readonly string dataDirectory = RepoPaths.NewTempDirectory("graph-browser");
    private WebApplication? app;

    public string? SkipReason { get; private set; }

    public string BaseUrl { get; private set; } = "";

    public HttpClient Http { get; } = new();

    public static string RunnerDirectory => Path.Combine(RepoPaths.Root, "tests", "browser");

    /// <summary>Where the scenarios save their screenshots (artifacts/ is gitignored).</summary>
    public static string ScreenshotDirectory => Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        SkipReason = await FindSkipReasonAsync();
        if (SkipReason is not null)
        {
            return;
        }
        app = GraphApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], options =>
        {
            options.DataDirectory = dataDirectory;
            options.ImportWiki = RepoPaths.SampleWiki;
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        BaseUrl = app.Urls.First().TrimEnd('/');
        Http.BaseAddress = new Uri(BaseUrl);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        RepoPaths.DeleteDataDirectory(dataDirectory);
    }

    /// <summary>Runs one scenario of tests/browser/run.mjs against the service and returns the JSON it reports.</summary>
    public async Task<JsonElement> RunScenarioAsync(string scenario)
    {
        // Headless Chromium's renderer dies now and then on these small machines ("Target crashed", about one run in
        // eight of the longest scenario), or hangs past the scenario's time (seen once in the longest one under a loaded
        // CI machine); that is the browser, not the page, so the scenario runs once more, and says so. A page that
        // really hangs or fails does so twice.
        (int ExitCode, string Output, string Error)? run = null;
        try
        {
            run = await RunAsync("node", ["run.mjs", scenario, BaseUrl, ScreenshotDirectory], ScenarioTimeout);
        }
        catch (TimeoutException e)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(e.Message);
        }
        if (run is not { } first || first.Output.Contains("Target crashed", StringComparison.Ordinal))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"Chromium's renderer crashed or hung during the {scenario} scenario; running it again.");
            run = await RunAsync("node", ["run.mjs", scenario, BaseUrl, ScreenshotDirectory], ScenarioTimeout);
        }
        var (exitCode, output, errors) = run.Value;
        var report = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(line => line.StartsWith('{'));
        Assert.True(exitCode == 0 && report is not null, $"node run.mjs {scenario} exited {exitCode}:\n{output}\n{errors}");
        using var json = JsonDocument.Parse(report);
        var root = json.RootElement.Clone();
        if (root.TryGetProperty("error", out var error))
        {
            Assert.Fail($"The {scenario} scenario failed in the browser: {error.GetString()}\nReport: {report}");
        }
        return root;
    }

    private static async Task<string?> FindSkipReasonAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH).";
        }
        try
        {
            var node = await RunAsync("node", ["--version"], TimeSpan.FromSeconds(20));
            if (node.ExitCode != 0)
            {
                return $"node does not run: {node.Error}";
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "node is not installed (the browser tests run playwright-core under node).";
        }
        if (!File.Exists(Path.Combine(RunnerDirectory, "node_modules", "playwright-core", "package.json")))
        {
            // Never downloads a browser: playwright-core has none, and the variable keeps it that way.
            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            if (install.ExitCode != 0)
            {
                return $"npm ci in tests/browser failed, so playwright-core is missing: {install.Error}";
            }
        }
        return null;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = RunnerDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1";
        start.Environment["CHROMIUM_PATH"] = ChromiumPath;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} ran longer than {timeout}.");
        }
        return (process.ExitCode, await output, await error);
    }
}
