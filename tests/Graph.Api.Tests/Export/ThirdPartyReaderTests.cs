using System.Diagnostics;
using System.Text.Json;
using Graph.Api.Export;
using Graph.Core.Cypher;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Export;

/// <summary>
/// The GraphML export read by a reader we did not write: NetworkX's (python3), which refuses what the format does not
/// allow. Skipped, with the reason, where python3 or networkx is missing. (NetworkX's Cytoscape reader wants its own
/// "value" field rather than Cytoscape's format, so the .cyjs export is checked by CytoscapeJsonExportTests and the browser.)
/// </summary>
public sealed class ThirdPartyReaderTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    private const string Reader = """
        import json, sys
        import networkx as nx
        g = nx.read_graphml(sys.argv[1])
        pair = next(d for u, v, d in g.edges(data=True) if d.get('label') == 'PAIRS_WITH')
        print(json.dumps({
            'directed': g.is_directed(), 'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
            'lineType': type(pair['line']).__name__, 'taste': g.nodes['thesis:taste-is-the-bottleneck']['label'],
        }))
        """;

    [Fact]
    public async Task NetworkX_reads_the_GraphML_with_every_element_and_typed_values()
    {
        var folder = RepoPaths.NewTempDirectory("graph-export-networkx");
        try
        {
            var graphml = Path.Combine(folder, "graph.graphml");
            await File.WriteAllBytesAsync(graphml, await graph.Client.GetByteArrayAsync(ExportEndpoints.GraphMLPath, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
            var script = Path.Combine(folder, "read.py");
            await File.WriteAllTextAsync(script, Reader, TestContext.Current.CancellationToken);

            var (exitCode, output, error) = await RunPythonAsync(script, graphml);

            Assert.True(exitCode == 0, error);
            using var report = JsonDocument.Parse(output);
            var root = report.RootElement;
            var counts = await CountsAsync();
            Assert.True(root.GetProperty("directed").GetBoolean());
            Assert.Equal(counts.Nodes, root.GetProperty("nodes").GetInt32());
            Assert.Equal(counts.Edges, root.GetProperty("edges").GetInt32());
            Assert.Equal("int", root.GetProperty("lineType").GetString());
            Assert.Equal("taste is the bottleneck", root.GetProperty("taste").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<(int Nodes, int Edges)> CountsAsync()
    {
        var snapshot = await GraphSnapshot.ReadAsync(
            graph.Services.GetRequiredService<ICypherSession>(), TestContext.Current.CancellationToken);
        return (snapshot.Nodes.Count, snapshot.Edges.Count);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunPythonAsync(params string[] arguments)
    {
        Process? process;
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("import networkx");
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("python3 is not installed, so NetworkX cannot read the exports.");
            throw;
        }
        await process!.WaitForExitAsync(TestContext.Current.CancellationToken);
        if (process.ExitCode != 0)
        {
            Assert.Skip("python3 has no networkx module, so NetworkX cannot read the exports.");
        }
        process.Dispose();

        var run = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            run.ArgumentList.Add(argument);
        }
        using var reader = Process.Start(run)!;
        var output = reader.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = reader.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await reader.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (reader.ExitCode, await output, await error);
    }
}
