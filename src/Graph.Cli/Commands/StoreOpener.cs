using Graph.Core.Cypher;
using Graph.Cypher;
using Graph.Import;

namespace Graph.Cli.Commands;

/// <summary>Opens the embedded store in a data directory with the schema applied, as every command needs it.</summary>
internal static class StoreOpener
{
    public static async Task<ICypherSession> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        var session = EmbeddedCypherSession.Open(dataDirectory);
        try
        {
            await GraphSchema.ApplyAsync(session, cancellationToken).ConfigureAwait(false);
            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
