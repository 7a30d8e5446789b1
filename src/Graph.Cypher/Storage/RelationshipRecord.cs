using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>A stored relationship.</summary>
public sealed record RelationshipRecord(long Id, string Type, long StartId, long EndId, PropertyDictionary Properties)
{
    public long OtherEnd(long nodeId) => nodeId == StartId ? EndId : StartId;

    /// <summary>The node a traversal standing on <paramref name="from"/> reaches over this relationship, followed in <paramref name="direction"/>.</summary>
    public long Reached(long from, Direction direction) => Reached(from, direction, StartId, EndId);

    /// <inheritdoc cref="Reached(long, Direction)"/>
    public static long Reached(long from, Direction direction, long startId, long endId) => direction switch
    {
        Direction.Outgoing => endId,
        Direction.Incoming => startId,
        _ => from == startId ? endId : startId,
    };
}
