using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Bench.Load;

/// <summary>One wrk run (Debian's wrk, --latency) POSTing a fixed JSON body, and what it measured.</summary>
internal sealed partial record WrkRun(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors)
{
    /// <summary>
    /// This process's CPU time per request during the run, in microseconds. The servers run in this process and wrk in
    /// its own, so it is the server's cost per request, less sensitive than req/s to what else the machine is running.
    /// </summary>
    public double CpuMicrosecondsPerRequest { get; init; }

    public static async Task<WrkRun> RunAsync(string url, string body, int threads, int connections, TimeSpan duration)
    {
        var script = Path.Combine(Path.GetTempPath(), $"graph-load-{Guid.NewGuid():N}.lua");
        // A Lua long bracket holds the JSON verbatim; the level is chosen so the body cannot close it.
        await File.WriteAllTextAsync(script, $"""
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Accept"] = "application/graphql-response+json"
            wrk.body = [=====[{body}]=====]
            """);
        try
        {
            var start = new ProcessStartInfo("wrk", $"-t{threads} -c{connections} -d{(int)duration.TotalSeconds}s --latency -s {script} {url}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {output}{errors}");
            }
            var run = Parse(output);
            return run with { CpuMicrosecondsPerRequest = run.Requests > 0 ? cpu.TotalMicroseconds / run.Requests : 0 };
        }
        finally
        {
            File.Delete(script);
        }
    }

    public static WrkRun Parse(string output)
    {
        double Latency(string percentile)
        {
            var match = Regex.Match(output, $@"^\s*{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            if (!match.Success)
            {
                throw new FormatException($"No {percentile}% latency in wrk's output:\n{output}");
            }
            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        }
        var rate = RequestsPerSecondLine().Match(output);
        var total = RequestCountLine().Match(output);
        var non2xx = NonSuccessLine().Match(output);
        var socket = SocketErrorsLine().Match(output);
        if (!rate.Success || !total.Success)
        {
            throw new FormatException($"No request rate in wrk's output:\n{output}");
        }
        var errors = (non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
            + (socket.Success ? socket.Groups.Values.Skip(1).Sum(group => long.Parse(group.Value, CultureInfo.InvariantCulture)) : 0);
        return new WrkRun(
            double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture),
            Latency("50"),
            Latency("99"),
            long.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture),
            errors);
    }

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex RequestsPerSecondLine();

    [GeneratedRegex(@"^\s*(\d+) requests in", RegexOptions.Multiline)]
    private static partial Regex RequestCountLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccessLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsLine();
}
