using System.Text.Json;
using System.Xml;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>`graph export` over a store the CLI imported from the sample wiki.</summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    private readonly string data = RepoPaths.NewTempDirectory("graph-cli-export");
    private readonly string output = RepoPaths.NewTempDirectory("graph-cli-export-out");

    public async ValueTask InitializeAsync()
    {
        var import = await CliRun.InvokeAsync("import", RepoPaths.SampleWiki, "--data", data);
        Assert.True(import.ExitCode == 0, import.Output + import.Error);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(data, recursive: true);
        Directory.Delete(output, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task GraphML_to_a_file_holds_every_node_and_relationship()
    {
        var file = Path.Combine(output, "graph.graphml");

        var run = await CliRun.InvokeAsync("export", "--data", data, "--format", "graphml", "--out", file);

        Assert.Equal(0, run.ExitCode);
        var (nodes, relationships) = await CountsAsync();
        Assert.Contains($"Wrote {nodes} nodes and {relationships} relationships", run.Output);
        var document = new XmlDocument();
        document.Load(file);
        var graphml = new XmlNamespaceManager(document.NameTable);
        graphml.AddNamespace("g", "http://graphml.graphdrawing.org/xmlns");
        Assert.Equal(nodes, document.SelectNodes("/g:graphml/g:graph/g:node", graphml)!.Count);
        Assert.Equal(relationships, document.SelectNodes("/g:graphml/g:graph/g:edge", graphml)!.Count);
        Assert.False(File.Exists(file + ".partial"));
        // The importer's bookkeeping is not a fact a Gephi or Cytoscape user wants; the page and line of each fact are.
        var keys = document.SelectNodes("/g:graphml/g:key", graphml)!.Cast<XmlElement>().ToDictionary(k => (k.GetAttribute("for"), k.GetAttribute("attr.name")), k => k.GetAttribute("attr.type"));
        Assert.DoesNotContain(("node", "contentHash"), keys.Keys);
        Assert.DoesNotContain(("node", "importKey"), keys.Keys);
        Assert.Equal("string", keys[("node", "path")]);
        Assert.Equal("long", keys[("edge", "line")]);
        Assert.Equal("double", keys[("edge", "confidence")]);
        Assert.Equal("string", keys[("edge", "evidence")]);
    }

    [Theory]
    [InlineData("export", "--format", "pdf", "'pdf' is not a choice for --format: use graphml or cyjs.")]
    [InlineData("cypher", "--format", "xml", "'xml' is not a choice for --format: use table, json or csv.")]
    [InlineData("stats", "--store", "mongo", "'mongo' is not a choice for --store: use embedded or neo4j.")]
    public async Task A_value_that_is_not_a_choice_is_an_error_listing_the_choices(string command, string option, string value, string message)
    {
        string[] arguments = command == "cypher" ? [command, "--data", data, option, value, "RETURN 1"] : [command, "--data", data, option, value];
        var run = await CliRun.InvokeAsync(arguments);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Graph.Cli.Commands", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_cannot_be_written_is_an_error_naming_it()
    {
        var missingFolder = Path.Combine(output, "no-such-folder", "graph.graphml");
        var run = await CliRun.InvokeAsync("export", "--data", data, "--out", missingFolder);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: cannot write {missingFolder}: ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missingFolder));
    }

    [Fact]
    public async Task Cytoscape_json_to_standard_output_parses_and_holds_every_element()
    {
        var run = await CliRun.InvokeAsync("export", "--data", data, "--format", "cyjs");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var (nodes, relationships) = await CountsAsync();
        Assert.Equal(nodes, json.RootElement.GetProperty("elements").GetProperty("nodes").GetArrayLength());
        Assert.Equal(relationships, json.RootElement.GetProperty("elements").GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task GraphML_to_standard_output_keeps_non_ASCII_text_whole()
    {
        var run = await CliRun.InvokeAsync("export", "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("<?xml", run.Output);
        Assert.Contains("Shipper’s “every agent needs a human who cares about it”", run.Output);
        Assert.EndsWith("</graphml>", run.Output.TrimEnd());
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        var run = await CliRun.InvokeAsync("export", "--data", data, "--format", "gexf");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("gexf", run.Error);
    }

    [Fact]
    public async Task A_file_in_a_missing_folder_is_a_clear_error_and_nothing_is_left_behind()
    {
        var file = Path.Combine(output, "no-such-folder", "graph.graphml");

        var run = await CliRun.InvokeAsync("export", "--data", data, "--out", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-folder", run.Error);
        Assert.False(Directory.Exists(Path.Combine(output, "no-such-folder")));
    }

    private async Task<(int Nodes, int Relationships)> CountsAsync()
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "json",
            "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships");
        using var json = JsonDocument.Parse(run.Output);
        return (json.RootElement[0].GetProperty("nodes").GetInt32(), json.RootElement[0].GetProperty("relationships").GetInt32());
    }
}
