namespace Graph.Cypher.Storage;

/// <summary>
/// One node's relationships of one type, by the side the node is on. Self-loops sit only in
/// <see cref="Loops"/>, so the three sets are disjoint and degrees are plain sums.
/// </summary>
internal sealed record TypeAdjacency(RelationshipIdSet Outgoing, RelationshipIdSet Incoming, RelationshipIdSet Loops)
{
    public static TypeAdjacency Empty { get; } = new(RelationshipIdSet.Empty, RelationshipIdSet.Empty, RelationshipIdSet.Empty);

    public bool IsEmpty => Outgoing.IsEmpty && Incoming.IsEmpty && Loops.IsEmpty;

    public TypeAdjacency With(AdjacencySide side, long relationshipId) => side switch
    {
        AdjacencySide.Outgoing => this with { Outgoing = Outgoing.Add(relationshipId) },
        AdjacencySide.Incoming => this with { Incoming = Incoming.Add(relationshipId) },
        _ => this with { Loops = Loops.Add(relationshipId) },
    };

    public TypeAdjacency Without(AdjacencySide side, long relationshipId) => side switch
    {
        AdjacencySide.Outgoing => this with { Outgoing = Outgoing.Remove(relationshipId) },
        AdjacencySide.Incoming => this with { Incoming = Incoming.Remove(relationshipId) },
        _ => this with { Loops = Loops.Remove(relationshipId) },
    };

    public int Count(Direction direction) => direction switch
    {
        Direction.Outgoing => Outgoing.Count + Loops.Count,
        Direction.Incoming => Incoming.Count + Loops.Count,
        _ => Outgoing.Count + Incoming.Count + Loops.Count,
    };
}

/// <summary>Where a relationship sits in one endpoint's adjacency.</summary>
internal enum AdjacencySide
{
    Outgoing,
    Incoming,
    Loop,
}
