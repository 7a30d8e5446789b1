using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution;

/// <summary>
/// Everything a running statement needs: the graph it reads (the write transaction's view when writing,
/// else a fixed snapshot), parameters, counters, cancellation.
/// </summary>
internal sealed class QueryContext(
    GraphSnapshot? snapshot,
    WriteTransaction? transaction,
    IReadOnlyDictionary<string, object?> parameters,
    CancellationToken cancellationToken)
{
    /// <summary>The latest state this statement can see, including its own writes.</summary>
    public GraphSnapshot View => transaction?.View ?? snapshot!;

    public WriteTransaction Transaction =>
        transaction ?? throw new InvalidOperationException("A writing operator ran without a write transaction.");

    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;

    /// <summary>True in a writing statement (it runs in a write transaction).</summary>
    public bool IsWriting => transaction is not null;

    public QueryCounters Counters { get; } = new();

    public CancellationToken CancellationToken { get; } = cancellationToken;
}
