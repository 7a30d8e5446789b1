using System.Diagnostics;
using System.Globalization;
using Graph.Api;
using Graph.Bench.Hostile;
using Graph.Bench.Load;
using Graph.Core.Cypher;

// Hostile GraphQL probe (issue 14): p99 latency of normal queries alone, then while other clients send the ruinous
// documents of the issue, on the 50,000-source synthetic graph with the default limits and the response cache off.
// Usage: dotnet run -c Release -- [seconds per phase] [normal clients] [hostile clients]
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var normalClients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4;
var hostileClients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;

string[] normal =
[
    """{ pairsWith(thesis: "taste is the bottleneck") { thesis { name } heldBy { name } evidence } }""",
    """{ person(name: "Person 7") { name appearsIn { title claims { name heldBy { name } } } } }""",
];

var dataDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"graph-hostile-{Guid.NewGuid():N}")).FullName;
// Every normal request parses, validates and runs its statements, as the hostile ones would.
var app = GraphApp.Build(["--urls", "http://127.0.0.1:5481", "--Graph:DataDirectory", dataDirectory,
    "--Graph:ResponseCache:Enabled", "false", "--Logging:LogLevel:Default", "Warning", "--Logging:LogLevel:Graph.Api.Requests", "Warning"]);
try
{
    await app.StartAsync();
    var clock = Stopwatch.StartNew();
    await SyntheticGraph.WriteAsync(app.Services.GetRequiredService<ICypherSession>(), CancellationToken.None);
    Console.WriteLine($"Synthetic graph ({SyntheticGraph.Sources:N0} sources) written in {clock.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores.");

    const string Url = "http://127.0.0.1:5481/graphql";
    using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
    // Each hostile document alone, one at a time: what answering it costs the server, transport included.
    foreach (var (name, query) in HostileDocuments.All)
    {
        using var once = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var run = await LatencyRun.RunAsync(http, Url, [query], 1, once.Token);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {query.Length:N0} characters, answered {run.Statuses} in {run.Percentile(50):F2} ms (median)"));
    }
    await PhaseAsync(TimeSpan.FromSeconds(2), hostile: null);
    var alone = await PhaseAsync(TimeSpan.FromSeconds(seconds), hostile: null);
    var issueDocuments = HostileDocuments.All.Where(document => !document.Name.EndsWith("accepted", StringComparison.Ordinal)).ToList();
    var attacked = await PhaseAsync(TimeSpan.FromSeconds(seconds), issueDocuments);
    var accepted = await PhaseAsync(TimeSpan.FromSeconds(seconds), HostileDocuments.All.Where(document => document.Name.EndsWith("accepted", StringComparison.Ordinal)).ToList());

    Console.WriteLine();
    Console.WriteLine($"{normalClients} normal clients, {hostileClients} hostile clients, {seconds} s a phase, {DateTime.UtcNow:yyyy-MM-dd}");
    Console.WriteLine();
    Console.WriteLine("| phase | normal requests | normal p50 ms | normal p99 ms | p99 / alone | hostile requests | hostile answers |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
    Row("normal alone", alone);
    Row("with the issue's documents", attacked);
    Row("with 49 neighborhoods (accepted)", accepted);

    void Row(string phase, (LatencyRun Normal, LatencyRun? Hostile) run) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {phase} | {run.Normal.Requests} | {run.Normal.Percentile(50):F2} | {run.Normal.Percentile(99):F2} | {run.Normal.Percentile(99) / alone.Normal.Percentile(99):F2} | {run.Hostile?.Requests} | {run.Hostile?.Statuses} |"));

    async Task<(LatencyRun Normal, LatencyRun? Hostile)> PhaseAsync(TimeSpan duration, IReadOnlyList<(string Name, string Query)>? hostile)
    {
        using var stop = new CancellationTokenSource(duration);
        var normalRun = LatencyRun.RunAsync(http, Url, normal, normalClients, stop.Token);
        var hostileRun = hostile is null ? null : LatencyRun.RunAsync(http, Url, [.. hostile.Select(document => document.Query)], hostileClients, stop.Token);
        var result = (await normalRun, hostileRun is null ? null : await hostileRun);
        // Let requests still running on the server finish before the next phase starts.
        await Task.Delay(TimeSpan.FromSeconds(1));
        return result;
    }
}
finally
{
    await app.StopAsync();
    await app.DisposeAsync();
    Directory.Delete(dataDirectory, recursive: true);
}
