using GraphQL.DataLoader;

namespace Graph.Api.Data;

/// <summary>
/// Batches one field across a request. Resolvers only register their parent's id and hand the executor a deferred
/// result; graphql-dotnet completes deferred results after every other field of the level has run, and the first
/// one awaited sends one statement for all ids registered so far.
/// </summary>
internal sealed class BatchLoader<TValue>(Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, IReadOnlyList<TValue>>>> fetch)
{
    private readonly Lock _gate = new();

    // Ids registered since the last batch was sent (repeats are dropped when it is sent).
    private List<string> _pending = [];

    // Every batch sent so far with its ids: an id asked for again reuses its batch instead of being fetched again.
    // A request sends one batch per level, so this list stays short, and no per-id bookkeeping is needed.
    private readonly List<(HashSet<string> Ids, Task<IReadOnlyDictionary<string, IReadOnlyList<TValue>>> Values)> _sent = [];

    public IDataLoaderResult<IReadOnlyList<TValue>> Load(string id)
    {
        lock (_gate)
        {
            if (SentBatchOf(id) is null)
            {
                _pending.Add(id);
            }
        }
        return new Deferred<IReadOnlyList<TValue>>(cancellationToken => GetAsync(id, cancellationToken));
    }

    /// <summary>The first value, for to-one fields (a Source's show); batched like <see cref="Load"/>.</summary>
    public IDataLoaderResult<TValue?> LoadFirst(string id)
    {
        var all = Load(id);
        return new Deferred<TValue?>(async cancellationToken =>
            await all.GetResultAsync(cancellationToken).ConfigureAwait(false) is [var first, ..] ? first : default);
    }

    /// <summary>The values that pass <paramref name="keep"/>; batched like <see cref="Load"/>.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadWhere(string id, Func<TValue, bool> keep)
    {
        var all = Load(id);
        return new Deferred<IReadOnlyList<TValue>>(async cancellationToken =>
            (await all.GetResultAsync(cancellationToken).ConfigureAwait(false)).Where(keep).ToList());
    }

    /// <summary>What <paramref name="map"/> makes of the values (a Source's page paths from its Page nodes); batched like <see cref="Load"/>.</summary>
    public IDataLoaderResult<TResult> LoadAs<TResult>(string id, Func<IReadOnlyList<TValue>, TResult> map)
    {
        var all = Load(id);
        return new Deferred<TResult>(async cancellationToken => map(await all.GetResultAsync(cancellationToken).ConfigureAwait(false)));
    }

    private async Task<IReadOnlyList<TValue>> GetAsync(string id, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<string, IReadOnlyList<TValue>>>? batch;
        HashSet<string>? keys = null;
        TaskCompletionSource<IReadOnlyDictionary<string, IReadOnlyList<TValue>>>? sending = null;
        lock (_gate)
        {
            batch = SentBatchOf(id);
            if (batch is null)
            {
                keys = new HashSet<string>(_pending, StringComparer.Ordinal);
                sending = new(TaskCreationOptions.RunContinuationsAsynchronously);
                batch = sending.Task;
                _sent.Add((keys, batch));
                _pending = [];
            }
        }
        if (sending is not null)
        {
            // Sent outside the lock: other fields may keep registering ids for the next batch meanwhile.
            try
            {
                sending.SetResult(await fetch(keys!, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception error)
            {
                sending.SetException(error);
            }
        }
        var values = await batch.ConfigureAwait(false);
        return values.TryGetValue(id, out var found) ? found : [];
    }

    private Task<IReadOnlyDictionary<string, IReadOnlyList<TValue>>>? SentBatchOf(string id)
    {
        foreach (var (ids, values) in _sent)
        {
            if (ids.Contains(id))
            {
                return values;
            }
        }
        return null;
    }

    private sealed class Deferred<T>(Func<CancellationToken, Task<T>> get) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => get(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await get(cancellationToken).ConfigureAwait(false);
    }
}
