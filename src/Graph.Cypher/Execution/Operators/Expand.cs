using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Follows one relationship from a bound node; cost follows the node's degree.</summary>
internal sealed class Expand(Operator input, ExpandSpec spec) : Operator(input)
{
    // Building the ends arrays is a pass over every relationship: worth it once this expansion has read an eighth of
    // them on one snapshot (a few thousand at least).
    private const long MinReadsBeforeEnds = 1 << 14;

    private readonly PerSnapshot<RelationshipEnds> _ends = new(
        static view => view.RelationshipEnds, static view => Math.Max(MinReadsBeforeEnds, view.RelationshipCount / 8));

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
        // Reading a committed snapshot, and no relationship property to test: once the snapshot has its relationships'
        // ends in arrays, the expansion reads those instead of each relationship's record.
        var snapshot = context.IsWriting || spec.Properties is not null ? null : context.View;
        var read = 0;
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
            var ends = snapshot is null ? null : _ends.For(snapshot, read);
            read = 0;
            var relationships = view.RelationshipCursor(from.Id, spec.Direction, spec.TypeFilter, ends);
            while (relationships.MoveNext())
            {
                read++;
                if (!Accepts(row, ref relationships, from.Id, properties, out var other))
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
                    output[spec.RelationshipSlot] = new RelationshipRef(relationships.Id);
                }
                output[spec.ToSlot] = new NodeRef(other);
                yield return output;
            }
        }
        if (snapshot is not null && read > 0)
        {
            // Many short runs (a pattern per row of a GraphQL list) count as much as one long one.
            _ends.For(snapshot, read);
        }
    }

    private bool Accepts(object?[] row, ref RelationshipCursor relationship, long from, IReadOnlyDictionary<string, object?>? properties, out long other)
    {
        other = RelationshipRecord.Reached(from, spec.Direction, relationship.StartId, relationship.EndId);
        var id = relationship.Id;
        if (spec.RelationshipBound && !(row[spec.RelationshipSlot] is RelationshipRef bound && bound.Id == id))
        {
            return false;
        }
        if (spec.ToBound && !(row[spec.ToSlot] is NodeRef to && to.Id == other))
        {
            return false;
        }
        if (RelationshipUniqueness.IsUsed(row, spec.Excluded, id))
        {
            return false;
        }
        return properties is null || PropertyMatch.Matches(relationship.Current.Properties, properties);
    }

    public override string Describe(GraphSnapshot snapshot) =>
        (spec.ToBound ? "Expand(Into) " : "Expand(All) ") + spec.Arrow(spec.Relationship + spec.TypeText);
}
