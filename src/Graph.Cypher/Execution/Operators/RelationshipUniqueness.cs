using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Cypher's relationship isomorphism: within one MATCH a relationship binds at most once. Checks a candidate
/// against the slots of relationships (single or var-length lists) already bound by the same MATCH.
/// </summary>
internal static class RelationshipUniqueness
{
    public static bool IsUsed(object?[] row, int[] slots, long relationshipId)
    {
        foreach (var slot in slots)
        {
            switch (row[slot])
            {
                case RelationshipRef used when used.Id == relationshipId:
                    return true;
                case IReadOnlyList<object?> list:
                    foreach (var item in list)
                    {
                        if (item is RelationshipRef listed && listed.Id == relationshipId)
                        {
                            return true;
                        }
                    }
                    break;
            }
        }
        return false;
    }
}
