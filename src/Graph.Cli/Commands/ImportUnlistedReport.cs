using Graph.Import;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>`graph import --report`: the entities found that the vocabulary does not declare, most pages first, then likely duplicates.</summary>
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
        var duplicates = unlisted.LikelyDuplicates;
        if (duplicates.Count == 0)
        {
            return;
        }
        console.Output.WriteLine($"{duplicates.Count} likely duplicates (a shorter spelling of another name found); to merge one, add it as an alias:");
        var pairs = new Table().AddColumns("Label", "Name", "Pages", "Likely the same as", "Pages", "Merge with");
        foreach (var duplicate in duplicates)
        {
            var command = $"graph vocabulary alias \"{duplicate.LikelyOf}\" \"{duplicate.Name}\" --kind {duplicate.Label.ToLowerInvariant()}";
            pairs.AddRow(Markup.Escape(duplicate.Label), Markup.Escape(duplicate.Name), duplicate.NamePages.ToString(), Markup.Escape(duplicate.LikelyOf), duplicate.LikelyOfPages.ToString(), Markup.Escape(command));
        }
        console.Ansi.Write(pairs);
    }
}
