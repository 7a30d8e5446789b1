using System.Collections.Concurrent;

namespace Graph.Api.Data;

/// <summary>The request's batch loaders, one per relationship field (scoped: batches never span requests).</summary>
internal sealed class BatchLoaders(GraphQueries queries)
{
    private readonly ConcurrentDictionary<GraphHop, BatchLoader<GraphEntity>> _hops = new();
    private readonly ConcurrentDictionary<string, BatchLoader<GraphLink>> _links = new(StringComparer.Ordinal);

    /// <summary>The far ends of <paramref name="hop"/>.</summary>
    public BatchLoader<GraphEntity> For(GraphHop hop) =>
        _hops.GetOrAdd(hop, key => new BatchLoader<GraphEntity>((ids, cancellationToken) => queries.HopAsync(key, ids, cancellationToken)));

    /// <summary>Every relationship of nodes with <paramref name="label"/>, with its provenance.</summary>
    public BatchLoader<GraphLink> LinksOf(string label) =>
        _links.GetOrAdd(label, key => new BatchLoader<GraphLink>((ids, cancellationToken) => queries.LinksAsync(key, ids, cancellationToken)));
}
