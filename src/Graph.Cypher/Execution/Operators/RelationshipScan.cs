using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Binds a directed relationship step whose two ends are not bound yet (<c>MATCH (a)-[r:T {k: v}]->(b)</c>, no labels
/// to scan by) to every relationship once, in id order, instead of scanning every node and expanding it: each
/// relationship is read once, and its type and the pattern's property map are tested on the stored record before a
/// row is made. <see cref="ExpandSpec.Direction"/> is Outgoing or Incoming, seen from <see cref="ExpandSpec.FromSlot"/>.
/// </summary>
internal sealed class RelationshipScan(Operator input, ExpandSpec spec) : Operator(input)
{
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var loopsOnly = spec.FromSlot == spec.ToSlot;
        foreach (var row in InputRows(context, argument))
        {
            var properties = spec.Properties?.Invoke(row, context) as IReadOnlyDictionary<string, object?>;
            foreach (var relationship in context.View.AllRelationships())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if ((spec.TypeFilter is { } types && !types.Contains(relationship.Type))
                    || (loopsOnly && relationship.StartId != relationship.EndId)
                    || (properties is not null && !PropertyMatch.Matches(relationship.Properties, properties))
                    || RelationshipUniqueness.IsUsed(row, spec.Excluded, relationship.Id))
                {
                    continue;
                }
                var (from, to) = spec.Direction == Direction.Outgoing
                    ? (relationship.StartId, relationship.EndId)
                    : (relationship.EndId, relationship.StartId);
                var output = (object?[])row.Clone();
                output[spec.FromSlot] = new NodeRef(from);
                output[spec.RelationshipSlot] = new RelationshipRef(relationship.Id);
                output[spec.ToSlot] = new NodeRef(to);
                yield return output;
            }
        }
    }

    public override string Describe(GraphSnapshot snapshot) =>
        (spec.Types.Count == 0 ? "DirectedAllRelationshipsScan " : "DirectedRelationshipTypeScan ") + spec.Arrow(spec.Relationship + spec.TypeText);
}
