using Graph.Api.Data;

namespace Graph.Api.GraphQL;

/// <summary>
/// The user context of one GraphQL request: its batch loaders, handed to resolvers directly so that a thousand list
/// items do not each resolve a scoped service (a locked lookup that showed as contention under load); and its
/// estimated cost, which decides whether it waits for a heavy request's turn.
/// </summary>
internal sealed class GraphRequestContext(BatchLoaders loaders) : Dictionary<string, object?>
{
    public BatchLoaders Loaders { get; } = loaders;

    /// <summary>The complexity validation found (or, for a document served from the cache, found the first time).</summary>
    public double Cost { get; set; }

    /// <summary>The heavy request's turn this request holds, if any; released when the request ends.</summary>
    public IDisposable? HeavyTurn { get; set; }
}
