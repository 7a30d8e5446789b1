using Graph.Import;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>The import summary table and the per-file error list.</summary>
internal static class ImportSummary
{
    public static void Write(CliConsole console, ImportReport report)
    {
        var table = new Table().AddColumns("Imported", "Unchanged", "Removed", "Failed", "Nodes", "Relationships");
        table.AddRow(
            report.Imported.ToString(),
            report.Unchanged.ToString(),
            report.Removed.ToString(),
            report.Failed.ToString(),
            report.Pages.Sum(p => p.Nodes).ToString(),
            report.Pages.Sum(p => p.Relationships).ToString());
        console.Ansi.Write(table);
        foreach (var page in report.Pages.Where(p => p.Error is not null))
        {
            console.Error.WriteLine($"error: {page.Error}");
        }
    }
}
