using Graph.Core.Cypher;
using Graph.Import;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>The import summary table and the per-file error list.</summary>
internal static class ImportSummary
{
    private const string CountNodes = "MATCH (n) RETURN count(n) AS nodes";
    private const string CountRelationships = "MATCH ()-[r]->() RETURN count(r) AS relationships";

    /// <summary>Pages by outcome, then what the graph holds now (shared entities counted once, whatever many pages name them).</summary>
    public static async Task WriteAsync(CliConsole console, ImportReport report, ICypherSession session, CancellationToken cancellationToken)
    {
        var nodes = await session.RunAsync(CountNodes, null, CypherAccessMode.Read, cancellationToken).ConfigureAwait(false);
        var relationships = await session.RunAsync(CountRelationships, null, CypherAccessMode.Read, cancellationToken).ConfigureAwait(false);
        var table = new Table().AddColumns("Imported", "Unchanged", "Removed", "Failed", "Nodes in graph", "Relationships in graph");
        table.AddRow(
            report.Imported.ToString(),
            report.Unchanged.ToString(),
            report.Removed.ToString(),
            report.Failed.ToString(),
            nodes.Rows[0][0]?.ToString() ?? "0",
            relationships.Rows[0][0]?.ToString() ?? "0");
        console.Ansi.Write(table);
        foreach (var page in report.Pages.Where(p => p.Error is not null))
        {
            console.Error.WriteLine($"error: {page.Error}");
        }
    }
}
