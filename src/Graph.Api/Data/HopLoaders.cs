using System.Collections.Concurrent;

namespace Graph.Api.Data;

/// <summary>The request's batch loaders, one per relationship field (scoped: batches never span requests).</summary>
internal sealed class HopLoaders(GraphQueries queries)
{
    private readonly ConcurrentDictionary<GraphHop, HopLoader> _loaders = new();

    public HopLoader For(GraphHop hop) => _loaders.GetOrAdd(hop, key => new HopLoader(queries, key));
}
