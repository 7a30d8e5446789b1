using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// shortestPath / allShortestPaths between two bound nodes, breadth first. Fills the relationship slot
/// with the path's relationships in order (the planner's NamedPath turns them into a path).
/// </summary>
internal sealed class ShortestPath(Operator input, ExpandSpec spec, long min, long? max, bool all) : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            if (row[spec.FromSlot] is not NodeRef from || row[spec.ToSlot] is not NodeRef to)
            {
                continue;
            }
            var properties = spec.Properties?.Invoke(row, context) as IReadOnlyDictionary<string, object?>;
            foreach (var path in Search(context, row, from.Id, to.Id, properties))
            {
                var output = (object?[])row.Clone();
                output[spec.RelationshipSlot] = path.Select(id => (object?)new RelationshipRef(id)).ToList();
                yield return output;
            }
        }
    }

    private List<List<long>> Search(QueryContext context, object?[] row, long from, long to, IReadOnlyDictionary<string, object?>? properties)
    {
        if (from == to)
        {
            return min == 0 ? [[]] : [];
        }
        var depth = new Dictionary<long, int> { [from] = 0 };
        var parents = new Dictionary<long, List<(long Relationship, long Previous)>>();
        var frontier = new List<long> { from };
        var level = 0;
        while (frontier.Count > 0 && !depth.ContainsKey(to) && (max is null || level < max))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var next = new List<long>();
            foreach (var node in frontier)
            {
                foreach (var relationship in context.View.Relationships(node, spec.Direction, spec.TypeFilter))
                {
                    if (RelationshipUniqueness.IsUsed(row, spec.Excluded, relationship.Id)
                        || (properties is not null && !PropertyMatch.Matches(relationship.Properties, properties)))
                    {
                        continue;
                    }
                    var other = spec.Direction switch
                    {
                        Direction.Outgoing => relationship.EndId,
                        Direction.Incoming => relationship.StartId,
                        _ => relationship.OtherEnd(node),
                    };
                    if (!depth.TryGetValue(other, out var seen))
                    {
                        depth[other] = level + 1;
                        parents[other] = [(relationship.Id, node)];
                        next.Add(other);
                    }
                    else if (all && seen == level + 1)
                    {
                        parents[other].Add((relationship.Id, node));
                    }
                }
            }
            frontier = next;
            level++;
        }
        if (!depth.TryGetValue(to, out var length) || length < min)
        {
            return [];
        }
        var paths = new List<List<long>>();
        Collect(to, from, parents, [], paths);
        return paths;
    }

    private void Collect(long node, long from, Dictionary<long, List<(long Relationship, long Previous)>> parents, List<long> suffix, List<List<long>> paths)
    {
        if (node == from)
        {
            var path = new List<long>(suffix);
            path.Reverse();
            paths.Add(path);
            return;
        }
        foreach (var (relationship, previous) in parents[node])
        {
            suffix.Add(relationship);
            Collect(previous, from, parents, suffix, paths);
            suffix.RemoveAt(suffix.Count - 1);
            if (!all)
            {
                return;
            }
        }
    }

    public override string Describe(GraphSnapshot snapshot) =>
        (all ? "AllShortestPaths " : "ShortestPath ") + spec.Arrow($"{spec.Relationship}{spec.TypeText}*{min}..{(max is null ? "" : max.ToString())}");
}
