using System.Diagnostics;
using Graph.Neo4j.Tests.EndToEnd;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Linting;

/// <summary>
/// Neo4j's own Cypher linter (@neo4j-cypher/language-support, via tools/cypher-lint) finds no error in any statement
/// the service sends nor in any file under cypher/. Needs node and npm; installs the linter with npm ci when missing.
/// </summary>
[Collection(nameof(Neo4jEnvironment))]
public sealed class CypherLintTests(ServiceStatementsFixture recorded) : IClassFixture<ServiceStatementsFixture>
{
    private static readonly string LintDirectory = Path.Combine(RepoPaths.Root, "tools", "cypher-lint");

    [Fact]
    public void The_recording_covers_the_importer_every_graphql_root_field_the_cli_and_the_query_class()
    {
        Assert.Empty(recorded.UnansweredFields);
        var sources = recorded.Statements.GroupBy(s => s.Source).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(sources.GetValueOrDefault("importer") >= 10, $"importer statements: {sources.GetValueOrDefault("importer")}");
        Assert.True(sources.GetValueOrDefault("graphql") >= 5, $"graphql statements: {sources.GetValueOrDefault("graphql")}");
        Assert.Contains(recorded.Statements, s => s.Source == "cli" && s.Text.Contains("UNWIND labels(n) AS label", StringComparison.Ordinal));
        Assert.Contains(recorded.Statements, s => s.Text.StartsWith("UNWIND $rows AS row MERGE (n:Person", StringComparison.Ordinal));
        Assert.Contains(recorded.Statements, s => s.Text.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal));
        // Lists as composed per request: filters across a relationship, counts to sort by, and the top lists.
        Assert.Contains(recorded.Statements, s => s.Source == "GraphQueries.Composed" && s.Text.Contains("EXISTS { MATCH (n)<-[:HOLDS]-(n_related0:Person) WHERE", StringComparison.Ordinal));
        Assert.Contains(recorded.Statements, s => s.Source == "GraphQueries.Composed" && s.Text.Contains("count(DISTINCT n_far0) AS n_count0", StringComparison.Ordinal));
        Assert.Contains(recorded.Statements, s => s.Source == "GraphQueries.Composed" && s.Text.StartsWith("MATCH (n:Tool)<-[:MENTIONS]-(far:Source) RETURN n, count(DISTINCT far)", StringComparison.Ordinal));
        // GraphQL requests as the translator sends them: one statement each, nested lists and COLLECT { } subqueries.
        Assert.Contains(recorded.Statements, s => s.Source == "graphql" && s.Text.Contains("COLLECT { MATCH", StringComparison.Ordinal) && s.Text.EndsWith(" AS data", StringComparison.Ordinal));
        // A page's removal: its relationships found once for the run, deleted and orphans checked through their nodes.
        Assert.Contains(recorded.Statements, s => s.Text.StartsWith("MATCH (a)-[r]->(b) WHERE r.page IN $pages", StringComparison.Ordinal));
        Assert.Contains(recorded.Statements, s => s.Text.Contains(" {page: $page}]->() DELETE r", StringComparison.Ordinal));
        Assert.Contains(recorded.Statements, s => s.Text.Contains("WHERE NOT EXISTS { (n)--() } DELETE n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_statement_the_service_sends_and_every_cypher_file_lints_without_errors()
    {
        var (exit, output) = await LintAsync("--statements", recorded.StatementsFile, Path.Combine(RepoPaths.Root, "cypher"));

        Assert.True(exit == 0, output);
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "cypher"), "*.cypher", SearchOption.AllDirectories).Length;
        Assert.Contains($"cypher-lint: {recorded.Statements.Count + files} inputs, 0 errors, 0 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_linter_reports_a_misspelt_keyword_and_an_unknown_label_with_their_positions()
    {
        var file = Path.Combine(RepoPaths.NewTempDirectory("graph-lint-bad"), "statements.json");
        await File.WriteAllTextAsync(file, """
            {"labels": ["Person"], "relationshipTypes": ["HOLDS"],
             "statements": [{"source": "bad", "text": "MATCH (p:Person)\nRETRUN p"}, {"source": "typo", "text": "MATCH (p:Persn) RETURN p"}]}
            """, TestContext.Current.CancellationToken);

        var (exit, output) = await LintAsync("--statements", file);

        Assert.Equal(1, exit);
        Assert.Contains("bad:2:1: error: Invalid input 'RETRUN'", output, StringComparison.Ordinal);
        Assert.Contains("typo:1:10: warning: Label Persn is not present in the database", output, StringComparison.Ordinal);
        Assert.Contains("cypher-lint: 2 inputs, 2 errors, 1 warnings", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> LintAsync(params string[] args)
    {
        await EnsureInstalledAsync();
        return await RunAsync("node", ["lint.mjs", .. args]);
    }

    private static async Task EnsureInstalledAsync()
    {
        if (File.Exists(Path.Combine(LintDirectory, "node_modules", "@neo4j-cypher", "language-support", "package.json")))
        {
            return;
        }
        var (exit, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"]);
        Assert.True(exit == 0, $"npm ci in {LintDirectory} failed:\n{output}");
    }

    private static async Task<(int Exit, string Output)> RunAsync(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = LintDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
