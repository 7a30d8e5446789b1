// CONTRACT between the storage layer and the rest of the engine, written first so both sides can be built
// at once. The storage helper replaces these bodies (and may split this file into one file per type),
// keeping the public shapes; additive changes are fine.
using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>A stored node. Property values are Cypher property values: bool, long, double, string, or lists of those.</summary>
public sealed record NodeRecord(long Id, ImmutableArray<string> Labels, ImmutableDictionary<string, object> Properties)
{
    public bool HasLabel(string label) => Labels.Contains(label);
}

/// <summary>A stored relationship.</summary>
public sealed record RelationshipRecord(long Id, string Type, long StartId, long EndId, ImmutableDictionary<string, object> Properties)
{
    public long OtherEnd(long nodeId) => nodeId == StartId ? EndId : StartId;
}

/// <summary>A uniqueness constraint (which is also an index) or a plain property index, on Label.Property.</summary>
public sealed record IndexDefinition(string Name, string Label, string Property, bool Unique);

public enum Direction
{
    Outgoing,
    Incoming,
    Both,
}

/// <summary>
/// The graph store: one committed, immutable <see cref="GraphSnapshot"/> at a time; one writer at a time.
/// Open with a data directory to persist committed state (crash-safe), or with null for memory only.
/// </summary>
public sealed class GraphStore : IDisposable
{
    public static GraphStore Open(string? dataDirectory) => throw new NotImplementedException();

    /// <summary>The latest committed state. Readers keep the snapshot they took while writers commit.</summary>
    public GraphSnapshot Current => throw new NotImplementedException();

    /// <summary>Waits for the single writer slot. Dispose without Commit rolls back.</summary>
    public WriteTransaction BeginWrite(CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public void Dispose() => throw new NotImplementedException();
}

/// <summary>An immutable, consistent view of the graph.</summary>
public sealed class GraphSnapshot
{
    public long NodeCount => throw new NotImplementedException();
    public long RelationshipCount => throw new NotImplementedException();

    public IEnumerable<NodeRecord> AllNodes() => throw new NotImplementedException();
    public IEnumerable<NodeRecord> NodesWithLabel(string label) => throw new NotImplementedException();
    public IEnumerable<RelationshipRecord> AllRelationships() => throw new NotImplementedException();

    public NodeRecord? GetNode(long id) => throw new NotImplementedException();
    public RelationshipRecord? GetRelationship(long id) => throw new NotImplementedException();

    /// <summary>Relationships touching the node in that direction, optionally only of the given types (null or empty = any).</summary>
    public IEnumerable<RelationshipRecord> Relationships(long nodeId, Direction direction, IReadOnlyCollection<string>? types = null) => throw new NotImplementedException();

    public int Degree(long nodeId, Direction direction, IReadOnlyCollection<string>? types = null) => throw new NotImplementedException();

    /// <summary>Nodes with the label whose property equals the value (Cypher equality: 1 = 1.0). Uses an index when one exists, else scans.</summary>
    public IEnumerable<NodeRecord> FindNodes(string label, string property, object value) => throw new NotImplementedException();

    public bool HasIndex(string label, string property) => throw new NotImplementedException();

    public IReadOnlyList<IndexDefinition> Indexes => throw new NotImplementedException();
}

/// <summary>
/// The single writer. <see cref="View"/> shows committed state plus this transaction's own writes.
/// Violations (unique constraint, deleting a node that still has relationships) throw
/// Graph.Core.Cypher.CypherException with a Neo4j status code, leaving the transaction usable for rollback.
/// </summary>
public sealed class WriteTransaction : IDisposable
{
    public GraphSnapshot View => throw new NotImplementedException();

    public NodeRecord CreateNode(IEnumerable<string> labels, IReadOnlyDictionary<string, object> properties) => throw new NotImplementedException();
    public RelationshipRecord CreateRelationship(long startId, long endId, string type, IReadOnlyDictionary<string, object> properties) => throw new NotImplementedException();

    /// <summary>Null value removes the property.</summary>
    public NodeRecord SetNodeProperty(long nodeId, string key, object? value) => throw new NotImplementedException();
    public RelationshipRecord SetRelationshipProperty(long relationshipId, string key, object? value) => throw new NotImplementedException();
    public NodeRecord AddLabel(long nodeId, string label) => throw new NotImplementedException();
    public NodeRecord RemoveLabel(long nodeId, string label) => throw new NotImplementedException();

    /// <summary>Throws when the node still has relationships (DETACH DELETE removes those first).</summary>
    public void DeleteNode(long nodeId) => throw new NotImplementedException();
    public void DeleteRelationship(long relationshipId) => throw new NotImplementedException();

    /// <summary>Idempotent: returns false when an equivalent index already exists. Unique fails if existing data violates it.</summary>
    public bool CreateIndex(IndexDefinition index) => throw new NotImplementedException();
    public bool DropIndex(string name) => throw new NotImplementedException();

    /// <summary>Makes the writes durable (when the store has a data directory) and then visible, atomically.</summary>
    public void Commit() => throw new NotImplementedException();

    public void Dispose() => throw new NotImplementedException();
}
