namespace Graph.Cli.Tests;

/// <summary>`graph completion`: the scripts, and the suggestions graph gives them (the installed tool's test sources the bash one).</summary>
public sealed class CompletionCommandTests
{
    [Theory]
    [InlineData("bash", "complete -o default -F _graph_complete graph")]
    [InlineData("zsh", "compdef _graph_complete graph")]
    public async Task Each_shell_gets_a_script_that_asks_graph_for_suggestions(string shell, string registration)
    {
        var run = await CliRun.InvokeAsync("completion", shell);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(registration, run.Output);
        Assert.Contains("[suggest:", run.Output);
    }

    [Fact]
    public async Task The_suggestions_are_the_commands_and_options_that_fit_what_was_typed()
    {
        var commands = await CliRun.InvokeAsync("[suggest:8]", "graph co");
        var formats = await CliRun.InvokeAsync("[suggest:22]", "graph cypher --format ");

        Assert.Equal(["completion"], Lines(commands.Output));
        Assert.Superset(new HashSet<string> { "table", "json", "csv" }, Lines(formats.Output).Select(f => f.ToLowerInvariant()).ToHashSet());
    }

    [Fact]
    public async Task An_unknown_shell_is_refused_with_the_shells_there_are()
    {
        var run = await CliRun.InvokeAsync("completion", "fish");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("'fish' not recognized", run.Error);
        Assert.Contains("'bash'", run.Error);
        Assert.Contains("'zsh'", run.Error);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
