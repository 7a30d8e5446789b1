using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>A stored relationship.</summary>
public sealed record RelationshipRecord(long Id, string Type, long StartId, long EndId, PropertyDictionary Properties)
{
    public long OtherEnd(long nodeId) => nodeId == StartId ? EndId : StartId;
}
