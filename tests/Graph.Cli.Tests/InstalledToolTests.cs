using System.Diagnostics;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>
/// `graph` as a new user installs it: a fresh clone of this repository's committed HEAD, packed as a .NET tool,
/// installed into a tool path and run from there, with nothing of this build on its way.
/// </summary>
public sealed class InstalledToolTests : IDisposable
{
    private readonly string root = RepoPaths.NewTempDirectory("graph-tool");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact(Timeout = 900_000)]
    public async Task The_packed_tool_installs_from_a_fresh_clone_and_imports_the_sample_wiki()
    {
        var clone = Path.Combine(root, "clone");
        await RunAsync("git", ["clone", "--quiet", RepoPaths.Root, clone], root);
        await RunAsync("dotnet", ["pack", "src/Graph.Cli", "-c", "Release", "-o", Path.Combine(root, "nupkg")], clone);
        await RunAsync("dotnet", ["tool", "install", "--tool-path", Path.Combine(root, "bin"), "--add-source", Path.Combine(root, "nupkg"), "Graph.Cli"], root);
        var graph = Path.Combine(root, "bin", "graph");

        var version = await RunAsync(graph, ["--version"], root);
        var import = await RunAsync(graph, ["import", Path.Combine(clone, "samples", "wiki"), "--data", "data"], root);
        var stats = await RunAsync(graph, ["stats", "--data", "data"], root);
        var people = await RunAsync(graph, ["cypher", "--data", "data", "--format", "json", "MATCH (p:Person {id: 'person:dan-shipper'}) RETURN p.name AS name"], root);
        // The completion script as a bash user sources it, the installed tool on the PATH, completing "graph cy" and "graph export --f".
        var completions = await RunAsync("bash", ["-c", $$"""
            export PATH="{{Path.GetDirectoryName(graph)}}:$PATH"
            source <(graph completion bash)
            COMP_LINE='graph cy'; COMP_POINT=8; COMP_WORDS=(graph cy); COMP_CWORD=1; _graph_complete; echo "${COMPREPLY[@]}"
            COMP_LINE='graph export --f'; COMP_POINT=16; COMP_WORDS=(graph export --f); COMP_CWORD=2; _graph_complete; echo "${COMPREPLY[@]}"
            """], root);

        Assert.Matches(@"^\d+\.\d+\.\d+\+[0-9a-f]{40}\s*$", version);
        Assert.Matches(@"│ 6\s+│ 0\s+│ 0\s+│ 0\s+│", import);
        Assert.Contains("\"name\": \"Dan Shipper\"", people, StringComparison.Ordinal);
        Assert.Matches(@"│ Person\s+│ 5\s+│", stats);
        Assert.Equal(["cypher", "--format"], completions.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task<string> RunAsync(string program, string[] arguments, string directory)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
        return await output;
    }
}
