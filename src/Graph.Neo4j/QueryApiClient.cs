using System.Net.Http.Headers;
using System.Text;

namespace Graph.Neo4j;

/// <summary>
/// One HTTP request per call to Neo4j's Query API: implicit transactions at /db/{db}/query/v2 and explicit
/// ones under /query/v2/tx. Speaks typed JSON both ways and sends basic auth. No retries, timeouts or
/// breaker here: <see cref="Neo4jResilience"/> wraps these calls; this class only sends, reads and maps errors.
/// </summary>
internal sealed class QueryApiClient : IDisposable
{
    /// <summary>Typed JSON for both the response and the parameters we send.</summary>
    public const string TypedJson = "application/vnd.neo4j.query";

    /// <summary>Names the cluster member holding an explicit transaction; sent back on every later request in it.</summary>
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly string _queryPath;
    private readonly AuthenticationHeaderValue? _authorization;

    public QueryApiClient(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = options.Uri,
            // Polly's per-attempt timeout governs; HttpClient's own would surface as a different exception.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _queryPath = $"{options.Uri.AbsolutePath.TrimEnd('/')}/db/{Uri.EscapeDataString(options.Database)}/query/v2";
        if (!string.IsNullOrEmpty(options.User))
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            _authorization = new AuthenticationHeaderValue("Basic", credentials);
        }
    }

    /// <summary>Runs one statement in an implicit (auto-commit) transaction.</summary>
    public Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, _queryPath, request, null, cancellationToken);

    /// <summary>Opens an explicit transaction; the response carries its id and cluster affinity.</summary>
    public Task<QueryResponse> BeginAsync(QueryRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{_queryPath}/tx", request, null, cancellationToken);

    public Task<QueryResponse> RunAsync(TransactionHandle transaction, QueryRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, TransactionPath(transaction), request, transaction.ClusterAffinity, cancellationToken);

    public Task<QueryResponse> CommitAsync(TransactionHandle transaction, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, TransactionPath(transaction) + "/commit", QueryRequest.Empty, transaction.ClusterAffinity, cancellationToken);

    public Task<QueryResponse> RollbackAsync(TransactionHandle transaction, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, TransactionPath(transaction), null, transaction.ClusterAffinity, cancellationToken);

    public void Dispose() => _http.Dispose();

    private string TransactionPath(TransactionHandle transaction) => $"{_queryPath}/tx/{Uri.EscapeDataString(transaction.Id)}";

    private async Task<QueryResponse> SendAsync(
        HttpMethod method, string path, QueryRequest? body, string? clusterAffinity, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(method, path);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson));
        message.Headers.Authorization = _authorization;
        if (clusterAffinity is not null)
        {
            message.Headers.TryAddWithoutValidation(ClusterAffinityHeader, clusterAffinity);
        }
        if (body is not null)
        {
            message.Content = new ByteArrayContent(body.ToJson());
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson);
        }
        // The whole body is read here, inside the attempt, so a connection reset mid-body fails this attempt.
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var affinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return QueryResponse.Parse(bytes, response.StatusCode, $"{method} {path}", affinity ?? clusterAffinity);
    }
}

/// <summary>An open explicit transaction as the server named it.</summary>
internal sealed record TransactionHandle(string Id, string? ClusterAffinity, DateTimeOffset? Expires);
