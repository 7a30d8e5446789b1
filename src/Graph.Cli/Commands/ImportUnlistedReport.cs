using Graph.Import;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>`graph import --report`: the entities found that the vocabulary does not declare, most pages first.</summary>
internal static class ImportUnlistedReport
{
    public static void Write(CliConsole console, UnlistedEntities unlisted)
    {
        var entries = unlisted.Entries;
        console.Output.WriteLine($"{entries.Count} entities found that are not in the vocabulary (promote them with their aliases):");
        if (entries.Count == 0)
        {
            return;
        }
        var table = new Table().AddColumns("Label", "Name", "Pages", "Relationships");
        foreach (var entry in entries)
        {
            table.AddRow(Markup.Escape(entry.Label), Markup.Escape(entry.Name), entry.Pages.ToString(), entry.Relationships.ToString());
        }
        console.Ansi.Write(table);
    }
}
