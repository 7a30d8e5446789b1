namespace Graph.Api.Data;

/// <summary>
/// The request's batch loaders, one per relationship field (scoped: batches never span requests). Plain dictionaries
/// under a lock, made on first use: a request that follows no relationship (most single lookups) pays for none, and
/// two ConcurrentDictionary constructions per request showed in the load profile.
/// </summary>
internal sealed class BatchLoaders(GraphQueries queries)
{
    private readonly Lock _gate = new();
    private Dictionary<GraphHop, BatchLoader<GraphEntity>>? _hops;
    private Dictionary<string, BatchLoader<GraphLink>>? _links;

    /// <summary>The far ends of <paramref name="hop"/>.</summary>
    public BatchLoader<GraphEntity> For(GraphHop hop)
    {
        lock (_gate)
        {
            // By reference: the hops are GraphHops' constants, and a record's hash would hash its statement text.
            _hops ??= new(ReferenceEqualityComparer.Instance);
            if (!_hops.TryGetValue(hop, out var loader))
            {
                _hops[hop] = loader = new BatchLoader<GraphEntity>((ids, cancellationToken) => queries.HopAsync(hop, ids, cancellationToken));
            }
            return loader;
        }
    }

    /// <summary>Every relationship of nodes with <paramref name="label"/>, with its provenance.</summary>
    public BatchLoader<GraphLink> LinksOf(string label)
    {
        lock (_gate)
        {
            _links ??= new(StringComparer.Ordinal);
            if (!_links.TryGetValue(label, out var loader))
            {
                _links[label] = loader = new BatchLoader<GraphLink>((ids, cancellationToken) => queries.LinksAsync(label, ids, cancellationToken));
            }
            return loader;
        }
    }
}
