using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Follows one relationship from a bound node; cost follows the node's degree.</summary>
internal sealed class Expand(Operator input, ExpandSpec spec) : Operator(input)
{
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (row[spec.FromSlot] is not NodeRef from)
            {
                if (row[spec.FromSlot] is not null)
                {
                    throw RuntimeErrors.Expected("Node", row[spec.FromSlot]);
                }
                continue;
            }
            var properties = spec.Properties?.Invoke(row, context) as IReadOnlyDictionary<string, object?>;
            var view = context.View;
            foreach (var relationship in view.Relationships(from.Id, spec.Direction, spec.TypeFilter))
            {
                if (!Accepts(row, relationship, from.Id, properties, out var other))
                {
                    continue;
                }
                var output = (object?[])row.Clone();
                output[spec.RelationshipSlot] = new RelationshipRef(relationship.Id);
                output[spec.ToSlot] = new NodeRef(other);
                yield return output;
            }
        }
    }

    private bool Accepts(object?[] row, RelationshipRecord relationship, long from, IReadOnlyDictionary<string, object?>? properties, out long other)
    {
        other = spec.Direction switch
        {
            Direction.Outgoing => relationship.EndId,
            Direction.Incoming => relationship.StartId,
            _ => relationship.OtherEnd(from),
        };
        if (spec.RelationshipBound && !(row[spec.RelationshipSlot] is RelationshipRef bound && bound.Id == relationship.Id))
        {
            return false;
        }
        if (spec.ToBound && !(row[spec.ToSlot] is NodeRef to && to.Id == other))
        {
            return false;
        }
        if (RelationshipUniqueness.IsUsed(row, spec.Excluded, relationship.Id))
        {
            return false;
        }
        return properties is null || PropertyMatch.Matches(relationship.Properties, properties);
    }

    public override string Describe(GraphSnapshot snapshot) =>
        (spec.ToBound ? "Expand(Into) " : "Expand(All) ") + spec.Arrow(spec.Relationship + spec.TypeText);
}
