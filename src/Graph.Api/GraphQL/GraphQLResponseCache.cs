using System.Collections.Concurrent;
using Graph.Core.Cypher;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>
/// Serialized responses of successful queries, by request (document text, operation name, variables), for one
/// committed version of the graph. The graph changes only when something commits, and the embedded store numbers
/// its commits (<see cref="ICommitVersion"/>): a response computed while the version stayed the same is the answer
/// until the next commit, and the first request after a commit starts an empty generation. Neo4j can be written by
/// other clients unseen, so over Neo4j nothing is cached. Responses with errors (limits, timeouts) are never kept.
/// </summary>
internal sealed class GraphQLResponseCache
{
    private readonly ICommitVersion? _graph;
    private readonly long _maxBytes;
    private Generation _generation = new(version: -1);

    public GraphQLResponseCache(ICypherSession session, IOptions<GraphQLResponseCacheOptions> options)
    {
        var settings = options.Value;
        _graph = settings.Enabled && settings.MaxBytes > 0 ? session as ICommitVersion : null;
        _maxBytes = settings.MaxBytes;
    }

    /// <summary>The graph's version now, or null when responses are not cached.</summary>
    public long? CurrentVersion => _graph?.CommittedVersion;

    /// <summary>How many responses the current generation holds (for tests and diagnostics).</summary>
    public int Count => Volatile.Read(ref _generation).Entries.Count;

    public byte[]? Find(GraphQLHttpRequest request, long version)
    {
        var generation = Volatile.Read(ref _generation);
        return generation.Version == version && generation.Entries.TryGetValue(RequestKey.Of(request), out var body) ? body : null;
    }

    /// <summary>Keeps <paramref name="body"/>, computed from version <paramref name="version"/>, unless the graph has moved on since.</summary>
    public void Add(GraphQLHttpRequest request, long version, byte[] body)
    {
        if (_graph is null || _graph.CommittedVersion != version)
        {
            return;
        }
        var generation = Volatile.Read(ref _generation);
        if (generation.Version != version)
        {
            if (generation.Version > version)
            {
                return;
            }
            var fresh = new Generation(version);
            var seen = Interlocked.CompareExchange(ref _generation, fresh, generation);
            generation = ReferenceEquals(seen, generation) ? fresh : seen;
            if (generation.Version != version)
            {
                return;
            }
        }
        generation.TryAdd(RequestKey.Of(request), body, _maxBytes);
    }

    private readonly record struct RequestKey(string Query, string? OperationName, string? Variables)
    {
        public static RequestKey Of(GraphQLHttpRequest request) =>
            new(request.Query, request.OperationName, request.Variables?.GetRawText());

        public long Bytes => 2L * (Query.Length + (OperationName?.Length ?? 0) + (Variables?.Length ?? 0));
    }

    private sealed class Generation(long version)
    {
        private long _bytes;

        public long Version { get; } = version;

        public ConcurrentDictionary<RequestKey, byte[]> Entries { get; } = new();

        public void TryAdd(RequestKey key, byte[] body, long maxBytes)
        {
            var size = key.Bytes + body.Length;
            if (Interlocked.Add(ref _bytes, size) > maxBytes || !Entries.TryAdd(key, body))
            {
                Interlocked.Add(ref _bytes, -size);
            }
        }
    }
}
