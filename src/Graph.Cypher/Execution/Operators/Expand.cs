using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Follows one relationship from a bound node; cost follows the node's degree.</summary>
internal sealed class Expand(Operator input, ExpandSpec spec) : Operator(input)
{
    /// <summary>
    /// Set at plan time when whatever reads this operator's rows is done with each before asking for the next (a
    /// pattern comprehension's projection, COUNT, EXISTS): one array per run is then rewritten for every match
    /// instead of a copy of the row for each, which was most of what a translated GraphQL request allocated.
    /// </summary>
    public bool ReusesRow { get; set; }

    public override bool YieldsOwnRows => !ReusesRow;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        object?[]? reused = null;
        foreach (var row in InputRows(context, argument))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (spec.FromNode(row) is not { } from)
            {
                continue;
            }
            var properties = spec.Properties?.Invoke(row, context) as IReadOnlyDictionary<string, object?>;
            var view = context.View;
            // Per input row, not per array: an input that reuses its own row hands over the same array each time.
            var copied = false;
            var relationships = view.RelationshipCursor(from.Id, spec.Direction, spec.TypeFilter);
            while (relationships.MoveNext())
            {
                var relationship = relationships.Current;
                if (!Accepts(row, relationship, from.Id, properties, out var other))
                {
                    continue;
                }
                object?[] output;
                if (ReusesRow)
                {
                    // The input row is copied once, at its first match; later matches change only the two slots
                    // this operator writes (a Project above rewrites its own slots for every row it reads).
                    output = reused ??= new object?[row.Length];
                    if (!copied)
                    {
                        Array.Copy(row, output, row.Length);
                        copied = true;
                    }
                }
                else
                {
                    output = (object?[])row.Clone();
                }
                if (spec.WritesRelationship)
                {
                    output[spec.RelationshipSlot] = new RelationshipRef(relationship.Id);
                }
                output[spec.ToSlot] = new NodeRef(other);
                yield return output;
            }
        }
    }

    private bool Accepts(object?[] row, RelationshipRecord relationship, long from, IReadOnlyDictionary<string, object?>? properties, out long other)
    {
        other = relationship.Reached(from, spec.Direction);
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
