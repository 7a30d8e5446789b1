using System.Text.Json;
using Graph.Testing;

namespace Graph.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string data = RepoPaths.NewTempDirectory("graph-cli-data");
    private readonly string wiki = RepoPaths.NewTempDirectory("graph-cli-wiki");

    public void Dispose()
    {
        Directory.Delete(data, recursive: true);
        Directory.Delete(wiki, recursive: true);
    }

    [Fact]
    public async Task Importing_the_samples_prints_a_summary_and_exits_zero()
    {
        var run = await CliRun.InvokeAsync("import", RepoPaths.SampleWiki, "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Imported", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task A_malformed_page_is_named_while_the_good_pages_import()
    {
        File.Copy(Path.Combine(RepoPaths.SampleWiki, Directory.GetFiles(RepoPaths.SampleWiki, "*.md").Select(Path.GetFileName).Order().First()!), Path.Combine(wiki, "good.md"));
        await File.WriteAllTextAsync(Path.Combine(wiki, "broken.md"), "---\ntitle: [unclosed\npeople: {\n---\n# Broken\n\nBody.\n", TestContext.Current.CancellationToken);

        var run = await CliRun.InvokeAsync("import", wiki, "--data", data, "--vocabulary", RepoPaths.SampleVocabulary);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.md", run.Error);
        Assert.Contains(":2", run.Error); // the YAML error points into the front matter
        var sources = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "json", "MATCH (s:Source) RETURN count(s) AS n");
        using var json = JsonDocument.Parse(sources.Output);
        Assert.True(json.RootElement[0].GetProperty("n").GetInt64() >= 1);
    }

    [Fact]
    public async Task A_missing_wiki_folder_is_a_clear_error()
    {
        var run = await CliRun.InvokeAsync("import", Path.Combine(wiki, "nope"), "--data", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    [Fact]
    public async Task Stats_counts_nodes_per_label_after_import()
    {
        await CliRun.InvokeAsync("import", RepoPaths.SampleWiki, "--data", data);

        var run = await CliRun.InvokeAsync("stats", "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Thesis", run.Output);
        Assert.Contains("PAIRS_WITH", run.Output);
    }
}
