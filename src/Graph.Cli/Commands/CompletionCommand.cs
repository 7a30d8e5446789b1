using System.CommandLine;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph completion bash|zsh`: a script that completes graph's commands and options as you type. It asks graph
/// itself, through System.CommandLine's [suggest:POSITION] directive, so the script never goes stale as commands change.
/// </summary>
internal static class CompletionCommand
{
    private const string Bash = """
        # graph completion for bash: add to ~/.bashrc with  source <(graph completion bash)
        _graph_complete() {
          local IFS=$'\n'
          COMPREPLY=($(compgen -W "$(graph "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _graph_complete graph
        """;

    private const string Zsh = """
        # graph completion for zsh: add to ~/.zshrc with  source <(graph completion zsh)
        _graph_complete() {
          local line="${(j: :)words[1,CURRENT]}"
          local -a suggestions
          suggestions=("${(@f)$(graph "[suggest:${#line}]" "${(j: :)words}" 2>/dev/null)}")
          compadd -a suggestions
        }
        compdef _graph_complete graph
        """;

    public static Command Create(CliConsole console)
    {
        var shell = new Argument<string>("shell") { Description = "The shell to complete in: bash or zsh." }.AcceptOnlyFromAmong("bash", "zsh");
        var command = new Command("completion", "Print a script that completes graph's commands and options in bash or zsh.") { shell };
        command.SetAction(parse =>
        {
            console.Output.WriteLine(parse.GetValue(shell) == "zsh" ? Zsh : Bash);
            return 0;
        });
        return command;
    }
}
