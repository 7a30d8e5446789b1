using Graph.Core.Cypher;

namespace Graph.Cli.Commands;

/// <summary>
/// Turns the errors a user can cause or meet (a bad query, a locked, unreadable or damaged data folder) into a message
/// and exit code 1.
/// </summary>
internal static class CommandErrors
{
    public static async Task<int> GuardAsync(CliConsole console, Func<Task<int>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (CypherException e)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}\n  code: {e.Code}").ConfigureAwait(false);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
