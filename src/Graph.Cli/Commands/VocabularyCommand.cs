using System.CommandLine;
using Graph.Import;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph vocabulary alias NAME SPELLING`: adds SPELLING as an alias of NAME to the vocabulary file, so the next import
/// resolves it (the fix `graph import --report` suggests for a likely duplicate such as "Boris" / "Boris Cherny").
/// </summary>
internal static class VocabularyCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "The canonical name (created in the vocabulary if it is not there)." };
        var alias = new Argument<string>("SPELLING") { Description = "The other spelling pages use for it." };
        var kind = new Option<string>("--kind") { Description = $"What NAME is: {string.Join(", ", VocabularyEditor.Kinds)}.", DefaultValueFactory = _ => "person" };
        kind.AcceptOnlyFromAmong([.. VocabularyEditor.Kinds]);
        var file = new Option<FileInfo>("--vocabulary")
        {
            Description = "The vocabulary file to edit (created when missing).",
            DefaultValueFactory = _ => new FileInfo(Vocabulary.FileName),
        };
        var aliasCommand = new Command("alias", "Add a spelling of a person, tool, organization, show or thesis to the vocabulary.") { name, alias, kind, file };
        aliasCommand.SetAction(parse => Alias(console, parse.GetRequiredValue(file), parse.GetRequiredValue(kind), parse.GetRequiredValue(name), parse.GetRequiredValue(alias)));
        return new Command("vocabulary", "Edit the vocabulary the importer resolves names with.") { aliasCommand };
    }

    private static int Alias(CliConsole console, FileInfo file, string kind, string name, string alias)
    {
        try
        {
            VocabularyEditor.AddAlias(file.FullName, kind, name, alias);
            console.Output.WriteLine($"{file.FullName}: '{alias}' is now a spelling of the {kind} '{name}'; the next import applies it (every page is re-imported when the vocabulary changes).");
            return 0;
        }
        catch (VocabularyException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
