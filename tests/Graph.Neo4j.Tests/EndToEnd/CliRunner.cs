extern alias cli;
using GraphCommand = cli::Graph.Cli.GraphCommand;

namespace Graph.Neo4j.Tests.EndToEnd;

/// <summary>
/// Runs the `graph` command in-process with NEO4J_* pointing at <c>neo4j</c>, restoring the variables after.
/// Callers belong to the <see cref="Neo4jEnvironment"/> collection, which runs alone.
/// </summary>
internal static class CliRunner
{
    public const string Database = "graphdb";

    public static Task<(int Exit, string Output, string Error)> RunAsync(Uri neo4j, params string[] args) => RunAsync(new Dictionary<string, string?>
    {
        ["NEO4J_URI"] = neo4j.OriginalString,
        ["NEO4J_USER"] = Fakes.TestOptions.User,
        ["NEO4J_PASSWORD"] = Fakes.TestOptions.Password,
        ["NEO4J_DATABASE"] = Database,
    }, args);

    /// <summary>With exactly these NEO4J_* variables set (the others unset).</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?> variables, params string[] args)
    {
        var saved = Neo4jEnvironment.Names.ToDictionary(name => name, Environment.GetEnvironmentVariable);
        foreach (var name in Neo4jEnvironment.Names)
        {
            Environment.SetEnvironmentVariable(name, variables.GetValueOrDefault(name));
        }
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await GraphCommand.RunAsync(args, output, error, TestContext.Current.CancellationToken);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
