namespace Graph.Cypher.Storage;

/// <summary>
/// Each relationship's start and end node in one committed snapshot, in two arrays indexed by relationship id. An
/// expansion reads a relationship only for the node it reaches; through the record map that is a walk down the trie to
/// the record, two or three cache misses per relationship, and here one read of an array (8 bytes per relationship).
/// </summary>
internal sealed class RelationshipEnds
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private RelationshipEnds(int[] starts, int[] ends)
    {
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The arrays of the state; null when its ids do not fit them (past 2^31 nodes or an array's length).</summary>
    public static RelationshipEnds? Build(GraphState state)
    {
        if (state.NextNodeId > int.MaxValue || state.NextRelationshipId > Array.MaxLength)
        {
            return null;
        }
        var starts = new int[state.NextRelationshipId];
        var ends = new int[state.NextRelationshipId];
        foreach (var relationship in state.Relationships.Values)
        {
            starts[relationship.Id] = (int)relationship.StartId;
            ends[relationship.Id] = (int)relationship.EndId;
        }
        return new RelationshipEnds(starts, ends);
    }

    public long StartOf(long id) => _starts[id];

    public long EndOf(long id) => _ends[id];
}
