using Graph.Api.Data;

namespace Graph.Api.GraphQL;

/// <summary>
/// The user context of one GraphQL request: its batch loaders, handed to resolvers directly so that a thousand list
/// items do not each resolve a scoped service (a locked lookup that showed as contention under load); and its
/// estimated cost, which decides which lane of turns it runs in, and the turn it holds.
/// </summary>
internal sealed class GraphRequestContext(BatchLoaders loaders) : Dictionary<string, object?>
{
    public BatchLoaders Loaders { get; } = loaders;

    /// <summary>The complexity validation found (or, for a document served from the cache, found the first time).</summary>
    public double Cost { get; set; }

    /// <summary>The turn the request holds (<see cref="GraphQLAdmission"/>): a request's or, once found heavy, a heavy one; released when the request ends.</summary>
    public IDisposable? Turn { get; set; }

    /// <summary>When the request started executing in the heavy lane (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), 0 for a light one.</summary>
    public long HeavySince { get; set; }

    /// <summary>How the request was answered: "translated" (one statement) or "resolvers (why)"; null until executed.</summary>
    public string? Route { get; set; }

    /// <summary>Found heavy while the heavy lane's queue was full: answered 429 without running.</summary>
    public bool HeavyLaneFull { get; set; }
}
