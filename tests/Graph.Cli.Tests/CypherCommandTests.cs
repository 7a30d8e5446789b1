using System.Text.Json;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>`graph cypher` over a store the CLI itself imported from the sample wiki.</summary>
public sealed class CypherCommandTests : IAsyncLifetime
{
    private readonly string data = RepoPaths.NewTempDirectory("graph-cli");

    public async ValueTask InitializeAsync()
    {
        var import = await CliRun.InvokeAsync("import", RepoPaths.SampleWiki, "--data", data);
        Assert.True(import.ExitCode == 0, import.Output + import.Error);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(data, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_damaged_snapshot_is_an_error_naming_the_file()
    {
        var snapshot = Path.Combine(data, "graph.snapshot");
        var bytes = await File.ReadAllBytesAsync(snapshot, TestContext.Current.CancellationToken);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(snapshot, bytes, TestContext.Current.CancellationToken);

        var run = await CliRun.InvokeAsync("cypher", "--data", data, "MATCH (n) RETURN count(n)");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {snapshot} is damaged (checksum mismatch); restore it from a backup or rebuild the graph from the wiki.", run.Error.Trim());
    }

    [Fact]
    public async Task Json_format_prints_an_array_of_row_objects()
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "json",
            "MATCH (p:Person) WHERE p.name = 'Dan Shipper' RETURN p.name AS name, p.id AS id");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Dan Shipper", row.GetProperty("name").GetString());
        Assert.Equal("person:dan-shipper", row.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Json_format_renders_nodes_with_labels_and_properties()
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "json",
            "MATCH (t:Thesis {id: 'thesis:taste-is-the-bottleneck'}) RETURN t");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var node = Assert.Single(json.RootElement.EnumerateArray()).GetProperty("t");
        Assert.Equal("Thesis", Assert.Single(node.GetProperty("labels").EnumerateArray()).GetString());
        Assert.Equal("taste is the bottleneck", node.GetProperty("properties").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Table_format_shows_columns_values_and_row_count()
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", data,
            "MATCH (p:Person)-[a:APPEARS_IN]->(s:Source) WHERE p.name = 'Andrew Ambrosino' RETURN p.name AS person, a.role AS role");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("person", run.Output);
        Assert.Contains("Andrew Ambrosino", run.Output);
        Assert.Contains("guest", run.Output);
        Assert.Contains("1 row", run.Output);
    }

    [Fact]
    public async Task Csv_format_quotes_fields_that_need_it()
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "csv",
            "RETURN 'a, b' AS text, 42 AS number, [1, 2] AS list");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["text,number,list", "\"a, b\",42,\"[1, 2]\""], lines);
    }

    [Fact]
    public async Task Parameters_are_read_as_json_when_they_parse()
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "json",
            "--param", "n=41", "--param", "name=Dan Shipper", "--param", "xs=[1,2,3]",
            "RETURN $n + 1 AS answer, $name AS name, size($xs) AS count");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(42, row.GetProperty("answer").GetInt64());
        Assert.Equal("Dan Shipper", row.GetProperty("name").GetString());
        Assert.Equal(3, row.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task A_syntax_error_names_line_and_column_and_exits_non_zero()
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", data, "MATCH (n:Person)\nRETRN n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2, column 1", run.Error);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", run.Error);
    }

    [Fact]
    public async Task A_write_without_write_is_refused_saying_what_an_import_keeps()
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", data, "CREATE (:Note {text: 'mine'})");
        var notes = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "json", "MATCH (n:Note) RETURN count(n) AS n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("`graph cypher` is read-only unless you add --write", run.Error, StringComparison.Ordinal);
        Assert.Contains(Graph.Import.AnalystWrites.WhatImportKeeps, run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(notes.Output);
        Assert.Equal(0, Assert.Single(json.RootElement.EnumerateArray()).GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task A_write_with_write_is_stored_and_notes_what_an_import_keeps_on_standard_error()
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", data, "--write", "--format", "json", "CREATE (n:Note {text: 'mine'}) RETURN n.text AS text");
        var notes = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "json", "MATCH (n:Note) RETURN n.text AS text");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("mine", Single(run.Output).GetProperty("text").GetString());
        Assert.Equal("note: written to the graph. " + Graph.Import.AnalystWrites.WhatImportKeeps, run.Error.Trim());
        Assert.Equal("mine", Single(notes.Output).GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_failed_write_leaves_the_graph_unchanged()
    {
        var before = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "json", "MATCH (n) RETURN count(n) AS n");
        var failed = await CliRun.InvokeAsync("cypher", "--data", data, "--write",
            "CREATE (:Person {id: 'person:someone-new'}) WITH 1 AS x UNWIND [1, 0] AS d RETURN 1 / d");
        var after = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "json", "MATCH (n) RETURN count(n) AS n");

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(before.Output, after.Output);
    }

    [Fact]
    public async Task A_query_file_from_the_library_runs_with_parameters()
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "json",
            "--file", Path.Combine(RepoPaths.CypherQueries, "theses-pairing-with.cypher"),
            "--param", "thesis=taste is the bottleneck");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var pairing = json.RootElement.EnumerateArray()
            .Single(row => row.GetProperty("thesis").GetString() == "every agent needs a human who cares about it");
        Assert.Contains("Dan Shipper", pairing.GetProperty("heldBy").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Neither_query_nor_file_is_a_usage_error()
    {
        var run = await CliRun.InvokeAsync("cypher", "--data", data);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("either a QUERY or --file", run.Error);
    }

    private static JsonElement Single(string json) => Assert.Single(JsonDocument.Parse(json).RootElement.EnumerateArray());
}
