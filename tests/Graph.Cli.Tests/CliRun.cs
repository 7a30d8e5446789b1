using Graph.Cli;

namespace Graph.Cli.Tests;

/// <summary>Runs the `graph` command in-process, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static Task<CliRun> InvokeAsync(params string[] args) => InvokeAsync(TestContext.Current.CancellationToken, args);

    /// <param name="cancellationToken">What Ctrl-C or SIGTERM would signal to the command.</param>
    public static async Task<CliRun> InvokeAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await GraphCommand.RunAsync(args, output, error, cancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
