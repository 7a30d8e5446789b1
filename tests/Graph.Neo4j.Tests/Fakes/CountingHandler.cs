namespace Graph.Neo4j.Tests.Fakes;

/// <summary>Counts the HTTP attempts the client makes, for failures where no server exists to count them.</summary>
internal sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        return base.SendAsync(request, cancellationToken);
    }
}
