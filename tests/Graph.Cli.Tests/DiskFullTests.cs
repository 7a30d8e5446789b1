using System.Diagnostics;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>
/// A full disk, made by the kernel: `graph import` runs under a file size limit (ulimit -f), so its writes fail
/// part-way as on a full disk. The import stops with a message naming the file, and nothing stored before is lost.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private const int LimitKilobytes = 24;

    private readonly string root = RepoPaths.NewTempDirectory("graph-disk-full");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact(Timeout = 300_000)]
    public async Task An_import_that_fills_the_disk_stops_naming_the_file_and_loses_nothing_stored()
    {
        Assert.SkipWhen(!OperatingSystem.IsLinux() || !File.Exists("/bin/bash"), "The file size limit is set with bash's ulimit, on Linux only.");
        var data = Path.Combine(root, "data");
        var wiki = CopyOfSampleWiki();
        Assert.Equal(0, (await CliRun.InvokeAsync("import", wiki, "--data", data)).ExitCode);
        var before = await NodeIdsAsync(data);

        // Every page grows by a long list, so re-importing them needs more room than the limit leaves.
        foreach (var page in Directory.GetFiles(wiki, "*.md"))
        {
            await File.AppendAllTextAsync(page, "\n## More\n\n" + string.Concat(Enumerable.Range(1, 40).Select(i =>
                $"- **Filler thesis {Path.GetFileNameWithoutExtension(page)} {i} is long enough to take room on disk.** It repeats.\n")), TestContext.Current.CancellationToken);
        }
        var (exitCode, output, error) = await RunUnderFileSizeLimitAsync("import", wiki, "--data", data);

        Assert.Equal(1, exitCode);
        Assert.Contains($"A commit could not be written to {Path.Combine(data, "graph.wal")}", error);
        Assert.Contains("every earlier commit is kept", error);
        Assert.DoesNotContain("Unhandled exception", error + output);
        Assert.DoesNotContain("   at ", error);
        // Reopened without the limit: every node stored before is there, and importing again gives the graph a fresh import gives.
        Assert.Superset(before, await NodeIdsAsync(data));
        Assert.Equal(0, (await CliRun.InvokeAsync("import", wiki, "--data", data)).ExitCode);
        var fresh = Path.Combine(root, "fresh");
        Assert.Equal(0, (await CliRun.InvokeAsync("import", wiki, "--data", fresh)).ExitCode);
        Assert.Equal((await NodeIdsAsync(fresh)).Order(), (await NodeIdsAsync(data)).Order());
        Assert.Equal(await CountsAsync(fresh), await CountsAsync(data));
        Assert.False(File.Exists(Path.Combine(data, "graph.snapshot.tmp")), "a half-written snapshot was left behind");
    }

    private string CopyOfSampleWiki()
    {
        var wiki = Path.Combine(root, "wiki");
        Directory.CreateDirectory(wiki);
        foreach (var page in Directory.GetFiles(RepoPaths.SampleWiki, "*.md"))
        {
            File.Copy(page, Path.Combine(wiki, Path.GetFileName(page)));
        }
        File.Copy(RepoPaths.SampleVocabulary, Path.Combine(wiki, "vocabulary.yaml"));
        return wiki;
    }

    private static async Task<HashSet<string>> NodeIdsAsync(string data)
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "csv", "MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id");
        Assert.Equal(0, run.ExitCode);
        return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<string> CountsAsync(string data)
    {
        var run = await CliRun.InvokeAsync("stats", "--data", data);
        Assert.Equal(0, run.ExitCode);
        return run.Output;
    }

    // graph as its own process, under bash's `ulimit -f` (KiB). SIGXFSZ is ignored so a write past the limit fails
    // with EFBIG instead of killing the process; W^X is off because the runtime's double-mapped code file would hit the limit.
    private static async Task<(int ExitCode, string Output, string Error)> RunUnderFileSizeLimitAsync(params string[] arguments)
    {
        var graph = Path.Combine(AppContext.BaseDirectory, "graph.dll");
        var command = $"trap '' XFSZ; ulimit -f {LimitKilobytes}; exec dotnet \"$0\" \"$@\"";
        var start = new ProcessStartInfo("/bin/bash", ["-c", command, graph, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DOTNET_EnableWriteXorExecute"] = "0" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
