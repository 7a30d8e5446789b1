using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// A variable-length step whose variable already holds a list of relationships (<c>WITH [r1, r2] AS rs MATCH
/// (a)-[rs*]->(b)</c>): the step matches only by following that list, in its order (from the end when the planner walks
/// the pattern from its right end), each relationship of the step's types, direction and properties, none repeated;
/// the list's length must fit the step's bounds.
/// </summary>
internal sealed class FollowRelationshipList(Operator input, ExpandSpec spec, long min, long? max, bool reversed) : Operator(input)
{
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            if (spec.FromNode(row) is not { } from)
            {
                continue;
            }
            if (row[spec.RelationshipSlot] is not IReadOnlyList<object?> list || list.Count < min || list.Count > max)
            {
                continue;
            }
            var properties = spec.Properties?.Invoke(row, context) as IReadOnlyDictionary<string, object?>;
            if (Follow(context, row, from.Id, list, properties) is { } end && (!spec.ToBound || row[spec.ToSlot] is NodeRef to && to.Id == end))
            {
                var output = (object?[])row.Clone();
                output[spec.ToSlot] = new NodeRef(end);
                yield return output;
            }
        }
    }

    /// <summary>The node the list leads to from <paramref name="start"/>, or null when it does not lead on from there.</summary>
    private long? Follow(QueryContext context, object?[] row, long start, IReadOnlyList<object?> list, IReadOnlyDictionary<string, object?>? properties)
    {
        var node = start;
        var used = new HashSet<long>();
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[reversed ? list.Count - 1 - i : i];
            if (item is not RelationshipRef reference)
            {
                throw RuntimeErrors.Expected("List<Relationship>", item);
            }
            if (context.ReadableRelationship(reference.Id) is not { } relationship
                || !used.Add(relationship.Id)
                || !Leaves(relationship, node)
                || spec.Types.Count > 0 && !spec.Types.Contains(relationship.Type)
                || properties is not null && !PropertyMatch.Matches(relationship.Properties, properties)
                || RelationshipUniqueness.IsUsed(row, spec.Excluded, relationship.Id))
            {
                return null;
            }
            node = relationship.Reached(node, spec.Direction);
        }
        return node;
    }

    private bool Leaves(RelationshipRecord relationship, long node) => spec.Direction switch
    {
        Direction.Outgoing => relationship.StartId == node,
        Direction.Incoming => relationship.EndId == node,
        _ => relationship.StartId == node || relationship.EndId == node,
    };

    public override string Describe(GraphSnapshot snapshot) =>
        "FollowRelationshipList " + spec.Arrow($"{spec.Relationship}{spec.TypeText}*{min}..{(max is null ? "" : max.ToString())}");
}
