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
    public async Task The_summary_gives_the_graph_totals_once_however_many_pages_share_a_node()
    {
        await CliRun.InvokeAsync("import", RepoPaths.SampleWiki, "--data", data);
        var again = await CliRun.InvokeAsync("import", RepoPaths.SampleWiki, "--data", data);
        var counts = await CliRun.InvokeAsync("cypher", "--data", data, "--format", "json",
            "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships");

        using var json = JsonDocument.Parse(counts.Output);
        var totals = json.RootElement[0];
        var row = again.Output.Split('\n').Single(line => line.Contains("│ 0 ", StringComparison.Ordinal) && !line.Contains("Imported", StringComparison.Ordinal));
        var cells = row.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("Nodes in graph", again.Output);
        Assert.Equal(["0", Directory.GetFiles(RepoPaths.SampleWiki, "*.md").Length.ToString(), "0", "0",
            totals.GetProperty("nodes").GetInt64().ToString(), totals.GetProperty("relationships").GetInt64().ToString()], cells);
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

    [Fact]
    public async Task Explain_prints_every_fact_of_the_page_with_line_section_and_evidence_and_writes_nothing()
    {
        var run = await CliRun.InvokeAsync("import", RepoPaths.SampleWiki, "--data", data, "--explain", "the-ai-paradox.md");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var facts = run.Output.Split('\n').Where(l => l.StartsWith("line ", StringComparison.Ordinal)).ToList();
        var header = run.Output.Split('\n')[0];
        Assert.StartsWith("the-ai-paradox.md: ", header, StringComparison.Ordinal);
        Assert.Contains($"{facts.Count} relationships", header, StringComparison.Ordinal);
        Assert.True(facts.Count > 10, run.Output);
        Assert.Contains("line 3 [Source] (Person \"Dan Shipper\")-[APPEARS_IN {confidence: 0.95, description: co-founder and CEO of Every, role: guest, rule: source-line}]->(Source \"The AI Paradox\")", run.Output, StringComparison.Ordinal);
        Assert.Contains("  evidence: Shipper: “Every agent needs a human.”", run.Output, StringComparison.Ordinal);
        Assert.Contains("Person \"Dan Shipper\"  (rule: source-line, confidence: 0.95)", run.Output, StringComparison.Ordinal);
        Assert.Equal(facts.Count, run.Output.Split('\n').Count(l => l.StartsWith("  evidence: ", StringComparison.Ordinal)));
        Assert.Empty(Directory.GetFileSystemEntries(data)); // no store was opened
    }

    [Fact]
    public async Task Explain_of_a_broken_page_names_file_and_line_and_exits_one()
    {
        await File.WriteAllTextAsync(Path.Combine(wiki, "broken.md"), "---\ntitle: x\n", TestContext.Current.CancellationToken);

        var run = await CliRun.InvokeAsync("import", wiki, "--data", data, "--explain", "broken.md");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: broken.md:1: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_lists_entities_missing_from_the_vocabulary_with_counts()
    {
        await File.WriteAllTextAsync(Path.Combine(wiki, "a.md"), "# First Talk\n\nSource: talks/first.md — Some Conference talk with Grace Hopper, speaker.\n\n## Key Takeaways\n\n- **Compilers free people.** Hopper: “It is easier to ask forgiveness.”\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(wiki, "b.md"), "# Second Talk\n\nSource: talks/second.md — Some Conference talk with Grace Hopper, speaker, and Andrew Ambrosino, guest.\n", TestContext.Current.CancellationToken);

        var run = await CliRun.InvokeAsync("import", wiki, "--data", data, "--vocabulary", RepoPaths.SampleVocabulary, "--report");

        Assert.Equal(0, run.ExitCode);
        var row = run.Output.Split('\n').Single(l => l.Contains("Grace Hopper", StringComparison.Ordinal));
        Assert.Equal(["Person", "Grace Hopper", "2"], row.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)[..3]);
        Assert.Contains("compilers free people", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Andrew Ambrosino", run.Output, StringComparison.Ordinal); // declared in the vocabulary
        Assert.DoesNotContain("First Talk", run.Output, StringComparison.Ordinal); // a page of the wiki, not a candidate
    }
}
