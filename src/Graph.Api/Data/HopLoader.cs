using GraphQL.DataLoader;

namespace Graph.Api.Data;

/// <summary>
/// Batches one relationship field across a request. Resolvers only register their parent's id and hand the executor
/// a deferred result; graphql-dotnet completes deferred results after every other field of the level has run, and
/// the first one to be awaited sends one statement for all ids registered so far.
/// </summary>
internal sealed class HopLoader(GraphQueries queries, GraphHop hop)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<IReadOnlyDictionary<string, IReadOnlyList<GraphEntity>>>> _batchOf = new(StringComparer.Ordinal);

    public IDataLoaderResult<IReadOnlyList<GraphEntity>> Load(string id)
    {
        lock (_gate)
        {
            if (!_batchOf.ContainsKey(id))
            {
                _pending.Add(id);
            }
        }
        return new Deferred(this, id);
    }

    /// <summary>The first far end by name, for to-one fields (a Source's show); batched like <see cref="Load"/>.</summary>
    public IDataLoaderResult<GraphEntity?> LoadFirst(string id)
    {
        var all = Load(id);
        return new DeferredFirst(all);
    }

    private async Task<IReadOnlyList<GraphEntity>> GetAsync(string id, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<string, IReadOnlyList<GraphEntity>>> batch;
        List<string>? keys = null;
        TaskCompletionSource<IReadOnlyDictionary<string, IReadOnlyList<GraphEntity>>>? sending = null;
        lock (_gate)
        {
            if (!_batchOf.TryGetValue(id, out batch!))
            {
                keys = [.. _pending];
                sending = new(TaskCreationOptions.RunContinuationsAsynchronously);
                batch = sending.Task;
                foreach (var key in keys)
                {
                    _batchOf[key] = batch;
                }
                _pending.Clear();
            }
        }
        if (sending is not null)
        {
            // Sent outside the lock: other fields may keep registering ids for the next batch meanwhile.
            try
            {
                sending.SetResult(await queries.HopAsync(hop, keys!, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception error)
            {
                sending.SetException(error);
            }
        }
        var ends = await batch.ConfigureAwait(false);
        return ends.TryGetValue(id, out var found) ? found : [];
    }

    private sealed class Deferred(HopLoader loader, string id) : IDataLoaderResult<IReadOnlyList<GraphEntity>>
    {
        public Task<IReadOnlyList<GraphEntity>> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(id, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class DeferredFirst(IDataLoaderResult<IReadOnlyList<GraphEntity>> all) : IDataLoaderResult<GraphEntity?>
    {
        public async Task<GraphEntity?> GetResultAsync(CancellationToken cancellationToken = default) =>
            await all.GetResultAsync(cancellationToken).ConfigureAwait(false) is [var first, ..] ? first : null;

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
