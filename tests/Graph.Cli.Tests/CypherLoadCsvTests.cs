using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>`graph cypher` running LOAD CSV: the default import folder inside --data, --import-dir, and a malformed file.</summary>
public sealed class CypherLoadCsvTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempDirectory("graph-cli-loadcsv");

    private string Data => Path.Combine(folder, "data");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public async Task Load_csv_reads_from_import_inside_the_data_folder_and_writes_with_write()
    {
        Write(Path.Combine(Data, "import", "people.csv"), "id,name\np1,Ada\np2,\n");

        var load = await CliRun.InvokeAsync("cypher", "--data", Data, "--write",
            "LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row CREATE (:Person {id: row.id, name: row.name})");
        var read = await CliRun.InvokeAsync("cypher", "--data", Data, "--format", "csv",
            "MATCH (p:Person) RETURN p.id AS id, p.name IS NULL AS unnamed ORDER BY id");

        Assert.True(load.ExitCode == 0, load.Error);
        Assert.Equal(["id,unnamed", "p1,false", "p2,true"], read.Output.Trim().Split('\n').Select(line => line.TrimEnd('\r')));
    }

    [Fact]
    public async Task Import_dir_names_another_folder()
    {
        var elsewhere = Path.Combine(folder, "csv");
        Write(Path.Combine(elsewhere, "n.csv"), "1\n2\n");

        var run = await CliRun.InvokeAsync("cypher", "--data", Data, "--import-dir", elsewhere, "--format", "csv",
            "LOAD CSV FROM 'file:///n.csv' AS line RETURN line[0] AS v, linenumber() AS n");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["v,n", "1,1", "2,2"], run.Output.Trim().Split('\n').Select(line => line.TrimEnd('\r')));
    }

    [Fact]
    public async Task A_malformed_file_fails_naming_line_and_column_and_writes_nothing()
    {
        Write(Path.Combine(Data, "import", "bad.csv"), "id\np1\n\"p2\n");

        var load = await CliRun.InvokeAsync("cypher", "--data", Data, "--write",
            "LOAD CSV WITH HEADERS FROM 'file:///bad.csv' AS row CREATE (:Person {id: row.id})");
        var count = await CliRun.InvokeAsync("cypher", "--data", Data, "--format", "csv", "MATCH (p:Person) RETURN count(p) AS n");

        Assert.Equal(1, load.ExitCode);
        Assert.Contains("file:///bad.csv", load.Error, StringComparison.Ordinal);
        Assert.Contains("line 3, column 1 (field 1): the quote opened on line 3 is never closed", load.Error, StringComparison.Ordinal);
        Assert.Equal(["n", "0"], count.Output.Trim().Split('\n').Select(line => line.TrimEnd('\r')));
    }
}
