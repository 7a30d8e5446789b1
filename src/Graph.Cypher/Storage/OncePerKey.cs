using System.Collections.Concurrent;

namespace Graph.Cypher.Storage;

/// <summary>
/// What a committed snapshot builds per key as readers ask (a label's bitmap, a property's column): each built once,
/// however many readers ask at the same time, and shared by them. The snapshot never changes, so nothing goes stale.
/// </summary>
internal sealed class OncePerKey<T>(Func<string, T> build)
{
    private readonly ConcurrentDictionary<string, Lazy<T>> _built = new(StringComparer.Ordinal);

    public T Get(string key) =>
        _built.GetOrAdd(key, static (key, build) => new Lazy<T>(() => build(key), LazyThreadSafetyMode.ExecutionAndPublication), build).Value;
}
