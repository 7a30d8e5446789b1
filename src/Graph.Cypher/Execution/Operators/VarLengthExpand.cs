using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Follows Min..Max relationships (Max null = as far as relationship uniqueness allows), depth first.
/// The relationship slot gets the list of relationships in the pattern's written order (ReverseList when
/// the planner walks the pattern from its right end).
/// </summary>
internal sealed class VarLengthExpand(Operator input, ExpandSpec spec, long min, long? max, bool reverseList) : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            if (row[spec.FromSlot] is not NodeRef from)
            {
                if (row[spec.FromSlot] is not null)
                {
                    throw RuntimeErrors.Expected("Node", row[spec.FromSlot]);
                }
                continue;
            }
            var properties = spec.Properties?.Invoke(row, context) as IReadOnlyDictionary<string, object?>;
            var path = new List<long>();
            foreach (var output in Visit(context, row, from.Id, path, properties))
            {
                yield return output;
            }
        }
    }

    private IEnumerable<object?[]> Visit(QueryContext context, object?[] row, long node, List<long> path, IReadOnlyDictionary<string, object?>? properties)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        if (path.Count >= min && (!spec.ToBound || (row[spec.ToSlot] is NodeRef to && to.Id == node)))
        {
            yield return Emit(row, node, path);
        }
        if (max is { } limit && path.Count >= limit)
        {
            yield break;
        }
        foreach (var relationship in context.View.Relationships(node, spec.Direction, spec.TypeFilter))
        {
            if (path.Contains(relationship.Id)
                || RelationshipUniqueness.IsUsed(row, spec.Excluded, relationship.Id)
                || (properties is not null && !PropertyMatch.Matches(relationship.Properties, properties)))
            {
                continue;
            }
            var next = spec.Direction switch
            {
                Direction.Outgoing => relationship.EndId,
                Direction.Incoming => relationship.StartId,
                _ => relationship.OtherEnd(node),
            };
            path.Add(relationship.Id);
            foreach (var output in Visit(context, row, next, path, properties))
            {
                yield return output;
            }
            path.RemoveAt(path.Count - 1);
        }
    }

    private object?[] Emit(object?[] row, long node, List<long> path)
    {
        var output = (object?[])row.Clone();
        var relationships = path.Select(id => (object?)new RelationshipRef(id)).ToList();
        if (reverseList)
        {
            relationships.Reverse();
        }
        output[spec.RelationshipSlot] = relationships;
        output[spec.ToSlot] = new NodeRef(node);
        return output;
    }

    public override string Describe(GraphSnapshot snapshot) =>
        $"VarLengthExpand({(spec.ToBound ? "Into" : "All")}) " + spec.Arrow($"{spec.Relationship}{spec.TypeText}*{min}..{(max is null ? "" : max.ToString())}");
}
