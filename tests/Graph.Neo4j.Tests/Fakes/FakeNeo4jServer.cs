using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Tests.Fakes;

/// <summary>
/// A fake Neo4j on loopback (Kestrel on 127.0.0.1, a free port): answers the Query API endpoints with scripted
/// replies, falling back to documented-shape defaults, and records every request so tests can count exactly
/// what reached the server. Defaults: queries return one row {ok: 1} and a fresh bookmark; begin opens
/// transaction tx-N with affinity header affinity-N; commit returns a fresh bookmark. Rules (<see cref="Answer"/>)
/// pick a reply by what a request says, for flows such as an import whose request count is not fixed in advance.
/// </summary>
internal sealed class FakeNeo4jServer : IAsyncDisposable
{
    public const string DefaultRow = """{"data":{"fields":["ok"],"values":[[{"$type":"Integer","_value":"1"}]]}""";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<FakeRoute, ConcurrentQueue<FakeReply>> _scripts = new();
    private readonly ConcurrentQueue<Func<RecordedRequest, FakeReply?>> _rules = new();
    private int _sequence;

    private FakeNeo4jServer(WebApplication app) => _app = app;

    public Uri Uri { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    public static async Task<FakeNeo4jServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeNeo4jServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Uri = new Uri(address);
        return server;
    }

    /// <summary>Replies for the next requests to <paramref name="route"/>, in order; defaults resume after them.</summary>
    public void Enqueue(FakeRoute route, params FakeReply[] replies)
    {
        var queue = _scripts.GetOrAdd(route, _ => new ConcurrentQueue<FakeReply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }

    /// <summary>A reply for every request the rule answers (non-null); scripted replies come first, defaults after.</summary>
    public void Answer(Func<RecordedRequest, FakeReply?> rule) => _rules.Enqueue(rule);

    public int Count(FakeRoute route) => _requests.Count(r => r.Route == route);

    public IReadOnlyList<RecordedRequest> Of(FakeRoute route) => _requests.Where(r => r.Route == route).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var (route, transactionId) = Classify(context.Request.Method, context.Request.Path.Value ?? "");
        if (route is null)
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync($"fake Neo4j has no endpoint {context.Request.Method} {context.Request.Path}");
            return;
        }
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var request = new RecordedRequest(route.Value, context.Request.Method, context.Request.Path.Value!, transactionId, headers, body);
        _requests.Enqueue(request);

        var reply = _scripts.TryGetValue(route.Value, out var queue) && queue.TryDequeue(out var scripted)
            ? scripted
            : _rules.Select(rule => rule(request)).FirstOrDefault(answer => answer is not null) ?? DefaultReply(route.Value, transactionId);
        await reply.WriteAsync(context);
    }

    private FakeReply DefaultReply(FakeRoute route, string? transactionId)
    {
        var n = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        var expires = DateTimeOffset.UtcNow.AddMinutes(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return route switch
        {
            FakeRoute.Query => FakeReply.Json(DefaultRow + $$""","bookmarks":["FB:query-{{n}}"]}"""),
            FakeRoute.Begin => FakeReply.Json(
                $$$"""{"data":{"fields":[],"values":[]},"transaction":{"id":"tx-{{{n}}}","expires":"{{{expires}}}"}}""",
                202,
                ("neo4j-cluster-affinity", $"affinity-{n}")),
            FakeRoute.Run => FakeReply.Json(DefaultRow + $$$""","transaction":{"id":"{{{transactionId}}}","expires":"{{{expires}}}"}}"""),
            FakeRoute.Commit => FakeReply.Json($$"""{"bookmarks":["FB:commit-{{n}}"]}"""),
            _ => FakeReply.Json("{}"),
        };
    }

    /// <summary>Maps /db/{db}/query/v2[/tx[/{id}[/commit]]] to a route.</summary>
    private static (FakeRoute? Route, string? TransactionId) Classify(string method, string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 4 || parts[0] != "db" || parts[2] != "query" || parts[3] != "v2")
        {
            return (null, null);
        }
        return (method, parts.Length) switch
        {
            ("POST", 4) => (FakeRoute.Query, null),
            ("POST", 5) when parts[4] == "tx" => (FakeRoute.Begin, null),
            ("POST", 6) when parts[4] == "tx" => (FakeRoute.Run, parts[5]),
            ("POST", 7) when parts[4] == "tx" && parts[6] == "commit" => (FakeRoute.Commit, parts[5]),
            ("DELETE", 6) when parts[4] == "tx" => (FakeRoute.Rollback, parts[5]),
            _ => (null, null),
        };
    }
}
