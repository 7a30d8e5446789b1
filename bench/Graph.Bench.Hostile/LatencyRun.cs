using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Graph.Bench.Hostile;

/// <summary>Clients that POST documents in a loop for a while, recording each answer's latency and status.</summary>
internal sealed class LatencyRun
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private readonly ConcurrentDictionary<int, int> _statuses = new();

    public int Requests => _milliseconds.Count;

    public string Statuses => string.Join(", ", _statuses.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}: {pair.Value}"));

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
    }

    /// <summary><paramref name="clients"/> loops, each sending the next of <paramref name="queries"/> until <paramref name="stop"/>.</summary>
    public static Task<LatencyRun> RunAsync(HttpClient http, string url, IReadOnlyList<string> queries, int clients, CancellationToken stop)
    {
        var run = new LatencyRun();
        var bodies = queries.Select(query => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query }))).ToArray();
        var loops = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var i = client; !stop.IsCancellationRequested; i++)
            {
                await run.SendAsync(http, url, bodies[i % bodies.Length], stop);
            }
        }));
        return Task.WhenAll(loops).ContinueWith(_ => run, TaskScheduler.Default);
    }

    private async Task SendAsync(HttpClient http, string url, byte[] body, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, stop);
            await response.Content.CopyToAsync(Stream.Null, stop);
            _milliseconds.Add(clock.Elapsed.TotalMilliseconds);
            _statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run ended while this request was in flight: it is not counted.
        }
        catch (HttpRequestException)
        {
            // The server closed the connection (it does so after refusing an oversized body): status 0, and go on.
            _statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
        }
    }
}
