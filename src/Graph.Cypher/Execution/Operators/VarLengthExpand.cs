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
            if (spec.FromNode(row) is not { } from)
            {
                continue;
            }
            var properties = spec.Properties?.Invoke(row, context) as IReadOnlyDictionary<string, object?>;
            foreach (var output in Walk(context, row, from.Id, properties))
            {
                yield return output;
            }
        }
    }

    /// <summary>Depth-first with an explicit stack, so long chains cannot overflow the call stack.</summary>
    private IEnumerable<object?[]> Walk(QueryContext context, object?[] row, long start, IReadOnlyDictionary<string, object?>? properties)
    {
        var onPath = new HashSet<long>();
        if (min == 0 && Reaches(row, start))
        {
            yield return Emit(row, start, null);
        }
        if (max == 0)
        {
            yield break;
        }
        var stack = new Stack<(long Node, RelationshipChain.Link? Path, IEnumerator<RelationshipRecord> Relationships)>();
        stack.Push((start, null, context.View.Relationships(start, spec.Direction, spec.TypeFilter).GetEnumerator()));
        while (stack.Count > 0)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var (node, path, relationships) = stack.Peek();
            if (!relationships.MoveNext())
            {
                relationships.Dispose();
                stack.Pop();
                if (path is not null)
                {
                    onPath.Remove(path.Id);
                }
                continue;
            }
            var relationship = relationships.Current;
            if (onPath.Contains(relationship.Id)
                || RelationshipUniqueness.IsUsed(row, spec.Excluded, relationship.Id)
                || (properties is not null && !PropertyMatch.Matches(relationship.Properties, properties)))
            {
                continue;
            }
            var next = relationship.Reached(node, spec.Direction);
            var extended = new RelationshipChain.Link(relationship.Id, path, (path?.Depth ?? 0) + 1);
            if (extended.Depth >= min && Reaches(row, next))
            {
                yield return Emit(row, next, extended);
            }
            if (max is null || extended.Depth < max)
            {
                onPath.Add(relationship.Id);
                stack.Push((next, extended, context.View.Relationships(next, spec.Direction, spec.TypeFilter).GetEnumerator()));
            }
        }
    }

    private bool Reaches(object?[] row, long node) =>
        !spec.ToBound || (row[spec.ToSlot] is NodeRef to && to.Id == node);

    private object?[] Emit(object?[] row, long node, RelationshipChain.Link? path)
    {
        var output = (object?[])row.Clone();
        output[spec.RelationshipSlot] = new RelationshipChain(path, reverseList);
        output[spec.ToSlot] = new NodeRef(node);
        return output;
    }

    public override string Describe(GraphSnapshot snapshot) =>
        $"VarLengthExpand({(spec.ToBound ? "Into" : "All")}) " + spec.Arrow($"{spec.Relationship}{spec.TypeText}*{min}..{(max is null ? "" : max.ToString())}");
}
