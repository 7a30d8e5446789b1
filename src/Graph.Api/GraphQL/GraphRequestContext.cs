using Graph.Api.Data;

namespace Graph.Api.GraphQL;

/// <summary>
/// The user context of one GraphQL request: its batch loaders, handed to resolvers directly so that a thousand list
/// items do not each resolve a scoped service (a locked lookup that showed as contention under load).
/// </summary>
internal sealed class GraphRequestContext(BatchLoaders loaders) : Dictionary<string, object?>
{
    public BatchLoaders Loaders { get; } = loaders;
}
