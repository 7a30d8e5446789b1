using Graph.Core.Cypher;
using Graph.Cypher.Storage;

namespace Graph.Cypher;

/// <summary>
/// The statements of one ExecuteWriteAsync callback, all in one write transaction. After a statement
/// fails the transaction is marked failed: further statements are refused and it will roll back.
/// </summary>
internal sealed class EmbeddedTransaction(EmbeddedCypherSession session, WriteTransaction transaction) : ICypherTransaction
{
    public const string MarkedAsFailedCode = "Neo.ClientError.Transaction.TransactionMarkedAsFailed";

    // date.transaction() and its kin read this in every statement of the transaction.
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    public bool Failed { get; private set; }

    public bool Closed { get; set; }

    public Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        try
        {
            ObjectDisposedException.ThrowIf(Closed, this);
            if (Failed)
            {
                throw new CypherException(MarkedAsFailedCode, "The transaction has been marked as failed by an earlier statement and will roll back; no further statements can run in it.");
            }
            return Task.FromResult(session.Execute(query, parameters, transaction, _started, cancellationToken));
        }
        catch (Exception e)
        {
            Failed = true;
            return Task.FromException<CypherResult>(e);
        }
    }
}
