using Graph.Api;
using Graph.Core.Cypher;
using Graph.Cypher;
using Graph.Import;
using Graph.Neo4j;

namespace Graph.Cli.Commands;

/// <summary>Opens the chosen store (the embedded one in a data directory, or Neo4j from NEO4J_*) with the schema applied.</summary>
internal static class StoreOpener
{
    /// <summary>
    /// <paramref name="importDirectory"/> is where LOAD CSV reads file:/// URLs on the embedded store (null: <c>import</c>
    /// in the data directory); Neo4j resolves them in its own import directory, so it is not used there.
    /// </summary>
    public static async Task<ICypherSession> OpenAsync(GraphStoreKind store, string dataDirectory, CancellationToken cancellationToken, string? importDirectory = null)
    {
        ICypherSession session = store == GraphStoreKind.Neo4j ? OpenNeo4j() : OpenEmbedded(dataDirectory, importDirectory);
        try
        {
            // On Neo4j this is the first request, so an unreachable server is reported here, naming its address.
            await GraphSchema.ApplyAsync(session, cancellationToken).ConfigureAwait(false);
            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static EmbeddedCypherSession OpenEmbedded(string dataDirectory, string? importDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return EmbeddedCypherSession.Open(dataDirectory, importDirectory: importDirectory);
    }

    private static Neo4jSession OpenNeo4j()
    {
        if (Neo4jOptions.Missing(Environment.GetEnvironmentVariable) is { Count: > 0 } missing)
        {
            throw new FormatException($"--store neo4j needs settings that are not set: {string.Join("; ", missing)}. Set them, or leave out --store to use the embedded store in --data.");
        }
        try
        {
            return new Neo4jSession(Neo4jOptions.FromEnvironment());
        }
        catch (ArgumentException error)
        {
            // A malformed NEO4J_* variable is bad input, reported like any other (CommandErrors).
            throw new FormatException(error.Message.Replace($" (Parameter '{error.ParamName}')", "", StringComparison.Ordinal), error);
        }
    }
}
