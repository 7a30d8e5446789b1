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
    CancellationToken cancellationToken,
    DateTimeOffset? transactionStarted = null)
{
    /// <summary>The latest state this statement can see, including its own writes.</summary>
    public GraphSnapshot View => transaction?.View ?? snapshot!;

    // The last node read from the snapshot: a projection reads several properties of one node in a row (its label,
    // id, name...), and a snapshot never changes, so the record found stays right. Not kept while writing.
    private NodeRecord? _lastNode;

    /// <summary>Point reads: in a write transaction they read its working state without publishing a view (see <see cref="WriteTransaction.GetNode"/>).</summary>
    public NodeRecord? Node(long id)
    {
        if (transaction is not null)
        {
            return transaction.GetNode(id);
        }
        if (_lastNode is { } last && last.Id == id)
        {
            return last;
        }
        var node = snapshot!.GetNode(id);
        if (node is not null)
        {
            _lastNode = node;
        }
        return node;
    }

    /// <summary>A record a scan of the snapshot already holds: the next reads of that node need no lookup.</summary>
    public void Remember(NodeRecord node)
    {
        if (transaction is null)
        {
            _lastNode = node;
        }
    }

    /// <inheritdoc cref="Node"/>
    public RelationshipRecord? Relationship(long id) => transaction is not null ? transaction.GetRelationship(id) : snapshot!.GetRelationship(id);

    /// <inheritdoc cref="GraphSnapshot.Degree"/>
    public int Degree(long nodeId, Direction direction, IReadOnlyCollection<string>? types) =>
        transaction is not null ? transaction.Degree(nodeId, direction, types) : snapshot!.Degree(nodeId, direction, types);

    /// <inheritdoc cref="GraphSnapshot.FindNodes"/>
    public IEnumerable<NodeRecord> FindNodes(string label, string property, object value) =>
        transaction is not null ? transaction.FindNodes(label, property, value) : snapshot!.FindNodes(label, property, value);

    public WriteTransaction Transaction =>
        transaction ?? throw new InvalidOperationException("A writing operator ran without a write transaction.");

    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;

    /// <summary>True in a writing statement (it runs in a write transaction).</summary>
    public bool IsWriting => transaction is not null;

    public QueryCounters Counters { get; } = new();

    /// <summary>Nodes this statement deleted: reading their properties or labels is an error.</summary>
    public HashSet<long> DeletedNodes { get; } = [];

    /// <summary>Relationships this statement deleted, as they were: type() still answers, properties do not.</summary>
    public Dictionary<long, RelationshipRecord> DeletedRelationships { get; } = [];

    public Graph.Core.Cypher.CypherException DeletedEntity(string kind, long id) =>
        new(Graph.Core.Cypher.CypherErrorCodes.EntityNotFound, $"The {kind} with id {id} has been deleted in this transaction");

    /// <summary>The node's record, or null when there is none; throws when this statement deleted it.</summary>
    public NodeRecord? ReadableNode(long id) =>
        Node(id) ?? (DeletedNodes.Contains(id) ? throw DeletedEntity("node", id) : null);

    /// <inheritdoc cref="ReadableNode"/>
    public RelationshipRecord? ReadableRelationship(long id) =>
        Relationship(id) ?? (DeletedRelationships.ContainsKey(id) ? throw DeletedEntity("relationship", id) : null);

    /// <summary>Throws when the node was deleted by this statement; true when it exists.</summary>
    public bool CheckNode(long id) => ReadableNode(id) is not null;

    public bool CheckRelationship(long id) => ReadableRelationship(id) is not null;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The folder LOAD CSV's file:/// URLs are read from; null when the session has none.</summary>
    public string? ImportDirectory { get; init; }

    private DateTimeOffset? _statementTime;

    /// <summary>The statement's clock: read once, so every date.statement() and datetime() in it agrees.</summary>
    public DateTimeOffset StatementTime => _statementTime ??= DateTimeOffset.UtcNow;

    /// <summary>When the explicit transaction began; a statement run on its own is its own transaction.</summary>
    public DateTimeOffset TransactionTime => transactionStarted ?? StatementTime;
}
