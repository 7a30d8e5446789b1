using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Api;
using Graph.Bench.Load;
using Graph.Core.Cypher;

// Load benchmark: the GraphQL endpoint against a plain Kestrel endpoint that returns the same bytes, same wrk
// settings, same process, same run. Usage: dotnet run -c Release -- [seconds per run] [connections] [query name part]
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var connections = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
// Only the queries whose name contains this text (e.g. "nested"), to profile one of them.
var only = args.Length > 2 ? args[2] : "";
const int Threads = 2;

var queries = new (string Name, string Query)[]
{
    ("headline: pairsWith", """{ pairsWith(thesis: "taste is the bottleneck") { thesis { name } heldBy { name } evidence } }"""),
    ("3-level nested", """{ person(name: "Person 7") { name appearsIn { title claims { name heldBy { name } } } } }"""),
    // A list as analysts ask for it: a filter, an order by a relationship count, and the total.
    ("connection: filter, count order, totalCount", """{ tools(where: { name: { startsWith: "tool 1" } }, orderBy: [{count: MENTIONED_IN, direction: DESC}], first: 10) { totalCount nodes { name } } }"""),
    // No store access: the floor that HTTP + graphql-dotnet's parse, validate, execute and serialize set.
    ("floor: __typename", "{ __typename }"),
};

var quiet = new[] { "--Logging:LogLevel:Default", "Warning", "--Logging:LogLevel:Graph.Api.Requests", "Warning" };
// Three services over three copies of the same graph: as configured by default (whole responses cached until the
// graph's next commit); with that cache off, so every request is translated to one statement and run; and with the
// translation off too, so every request runs on the resolvers (the baseline the translation is measured against).
var cachedDirectory = NewDataDirectory();
var uncachedDirectory = NewDataDirectory();
var resolversDirectory = NewDataDirectory();
var graphApp = GraphApp.Build(["--urls", "http://127.0.0.1:5471", "--Graph:DataDirectory", cachedDirectory, .. quiet]);
var uncachedApp = GraphApp.Build(["--urls", "http://127.0.0.1:5473", "--Graph:DataDirectory", uncachedDirectory, "--Graph:ResponseCache:Enabled", "false", .. quiet]);
var resolversApp = GraphApp.Build(["--urls", "http://127.0.0.1:5474", "--Graph:DataDirectory", resolversDirectory, "--Graph:ResponseCache:Enabled", "false",
    "--Graph:Translation:Enabled", "false", .. quiet]);
try
{
    await graphApp.StartAsync();
    await uncachedApp.StartAsync();
    await resolversApp.StartAsync();
    var clock = Stopwatch.StartNew();
    await SyntheticGraph.WriteAsync(graphApp.Services.GetRequiredService<ICypherSession>(), CancellationToken.None);
    await SyntheticGraph.WriteAsync(uncachedApp.Services.GetRequiredService<ICypherSession>(), CancellationToken.None);
    await SyntheticGraph.WriteAsync(resolversApp.Services.GetRequiredService<ICypherSession>(), CancellationToken.None);
    Console.WriteLine($"Process {Environment.ProcessId}. Synthetic graph: {SyntheticGraph.Sources:N0} sources, {SyntheticGraph.People:N0} people, {SyntheticGraph.Theses} theses written three times in {clock.Elapsed.TotalSeconds:F1} s.");

    // The plain endpoint answers every POST with the bytes the GraphQL endpoint gave for that query.
    // All services must give the same bytes, or the cache or the translation would be serving something else.
    using var http = new HttpClient();
    var answers = new Dictionary<string, (byte[] Body, string ContentType)>();
    for (var i = 0; i < queries.Length; i++)
    {
        var (bytes, contentType) = await AskAsync(http, "http://127.0.0.1:5471/graphql", queries[i]);
        var (uncachedBytes, _) = await AskAsync(http, "http://127.0.0.1:5473/graphql", queries[i]);
        var (resolversBytes, _) = await AskAsync(http, "http://127.0.0.1:5474/graphql", queries[i]);
        if (!bytes.AsSpan().SequenceEqual(uncachedBytes) || !bytes.AsSpan().SequenceEqual(resolversBytes))
        {
            throw new InvalidOperationException($"{queries[i].Name}: the services answered differently.");
        }
        answers[i.ToString(CultureInfo.InvariantCulture)] = (bytes, contentType);
        Console.WriteLine($"{queries[i].Name}: {bytes.Length:N0} bytes");
    }

    var plainBuilder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:5472", .. quiet]);
    await using var plainApp = plainBuilder.Build();
    plainApp.MapPost("/plain/{index}", async (string index, HttpContext context) =>
    {
        await context.Request.Body.CopyToAsync(Stream.Null);
        var (body, contentType) = answers[index];
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body);
    });
    await plainApp.StartAsync();

    var rows = new List<string>();
    for (var i = 0; i < queries.Length; i++)
    {
        if (!queries[i].Name.Contains(only, StringComparison.OrdinalIgnoreCase))
        {
            continue;
        }
        var body = Body(queries[i].Query);
        var graphqlUrl = "http://127.0.0.1:5471/graphql";
        var uncachedUrl = "http://127.0.0.1:5473/graphql";
        var resolversUrl = "http://127.0.0.1:5474/graphql";
        var plainUrl = $"http://127.0.0.1:5472/plain/{i}";
        foreach (var url in new[] { graphqlUrl, uncachedUrl, resolversUrl, plainUrl })
        {
            await WrkRun.RunAsync(url, body, Threads, connections, TimeSpan.FromSeconds(3));
        }
        var plain = await WrkRun.RunAsync(plainUrl, body, Threads, connections, TimeSpan.FromSeconds(seconds));
        var graphql = await WrkRun.RunAsync(graphqlUrl, body, Threads, connections, TimeSpan.FromSeconds(seconds));
        var uncached = await WrkRun.RunAsync(uncachedUrl, body, Threads, connections, TimeSpan.FromSeconds(seconds));
        var resolvers = await WrkRun.RunAsync(resolversUrl, body, Threads, connections, TimeSpan.FromSeconds(seconds));
        foreach (var run in new[] { plain, graphql, uncached, resolvers })
        {
            if (run.Errors > 0)
            {
                throw new InvalidOperationException($"{queries[i].Name}: {run.Errors} failed requests.");
            }
        }
        rows.Add(Row(queries[i].Name, "plain Kestrel", plain, null));
        rows.Add(Row(queries[i].Name, "GraphQL", graphql, graphql.RequestsPerSecond / plain.RequestsPerSecond));
        rows.Add(Row(queries[i].Name, "GraphQL, response cache off (translated)", uncached, uncached.RequestsPerSecond / plain.RequestsPerSecond));
        rows.Add(Row(queries[i].Name, "GraphQL, cache and translation off (resolvers)", resolvers, resolvers.RequestsPerSecond / plain.RequestsPerSecond));
    }

    Console.WriteLine();
    Console.WriteLine($"wrk -t{Threads} -c{connections} -d{seconds}s, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
    Console.WriteLine();
    Console.WriteLine("| query | endpoint | req/s | p50 ms | p99 ms | p99/p50 | GraphQL/plain | CPU µs/request |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
    rows.ForEach(Console.WriteLine);
    await plainApp.StopAsync();
}
finally
{
    await graphApp.StopAsync();
    await uncachedApp.StopAsync();
    await resolversApp.StopAsync();
    // Disposing closes both stores (a final checkpoint) before their folders are deleted.
    await graphApp.DisposeAsync();
    await uncachedApp.DisposeAsync();
    await resolversApp.DisposeAsync();
    Directory.Delete(cachedDirectory, recursive: true);
    Directory.Delete(uncachedDirectory, recursive: true);
    Directory.Delete(resolversDirectory, recursive: true);
}

static string NewDataDirectory() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"graph-load-{Guid.NewGuid():N}")).FullName;

static async Task<(byte[] Body, string ContentType)> AskAsync(HttpClient http, string url, (string Name, string Query) query)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(Body(query.Query), Encoding.UTF8, "application/json") };
    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
    using var response = await http.SendAsync(request);
    var bytes = await response.Content.ReadAsByteArrayAsync();
    using var json = JsonDocument.Parse(bytes);
    if (!response.IsSuccessStatusCode || json.RootElement.TryGetProperty("errors", out _))
    {
        throw new InvalidOperationException($"{query.Name} failed: {Encoding.UTF8.GetString(bytes)}");
    }
    return (bytes, response.Content.Headers.ContentType!.ToString());
}

static string Body(string query) => JsonSerializer.Serialize(new { query });

static string Row(string query, string endpoint, WrkRun run, double? ratio) => string.Create(CultureInfo.InvariantCulture,
    $"| {query} | {endpoint} | {run.RequestsPerSecond:F0} | {run.P50Ms:F2} | {run.P99Ms:F2} | {run.P99Ms / run.P50Ms:F1} | {(ratio is { } r ? $"{r:P0}" : "")} | {run.CpuMicrosecondsPerRequest:F0} |");
