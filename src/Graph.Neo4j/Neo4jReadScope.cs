using Graph.Core.Cypher;

namespace Graph.Neo4j;

/// <summary>
/// The reads of one <see cref="Neo4jSession.InOneSnapshotAsync{T}"/> call: one READ transaction, begun at the first
/// statement (a call that reads nothing costs no request), its statements sent one at a time since a Query API
/// transaction takes one request at a time, committed at the end. Not retried: a statement cannot move to a new
/// transaction without leaving the version the earlier ones read.
/// </summary>
internal sealed class Neo4jReadScope(Func<CancellationToken, Task<Neo4jTransaction>> begin) : IAsyncDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private Neo4jTransaction? transaction;

    public async Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            transaction ??= await begin(cancellationToken).ConfigureAwait(false);
            return await transaction.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>Ends the transaction: it wrote nothing, so rolling back releases it as well as a commit would, and never fails the answer.</summary>
    public async ValueTask DisposeAsync()
    {
        await turn.WaitAsync().ConfigureAwait(false);
        if (transaction is not null)
        {
            await transaction.RollbackQuietlyAsync().ConfigureAwait(false);
        }
        turn.Dispose();
    }
}
