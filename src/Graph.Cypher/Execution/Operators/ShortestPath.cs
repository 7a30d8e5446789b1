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
        if (!all && min <= 1)
        {
            return BidirectionalSearch(context, row, from, to, properties) is { } path ? [path] : [];
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
                    var other = relationship.Reached(node, spec.Direction);
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

    /// <summary>
    /// One shortest path, searched from both ends at once, always growing the smaller frontier: on a graph with hubs
    /// the two searches meet after visiting about the square root of what one search from the start would. A level
    /// is finished before choosing, so the path found is as short as any.
    /// </summary>
    private List<long>? BidirectionalSearch(QueryContext context, object?[] row, long from, long to, IReadOnlyDictionary<string, object?>? properties)
    {
        var forward = new Dictionary<long, (long Relationship, long Previous, int Depth)> { [from] = (-1, -1, 0) };
        var backward = new Dictionary<long, (long Relationship, long Previous, int Depth)> { [to] = (-1, -1, 0) };
        List<long> forwardFrontier = [from];
        List<long> backwardFrontier = [to];
        var reverse = spec.Direction switch
        {
            Direction.Outgoing => Direction.Incoming,
            Direction.Incoming => Direction.Outgoing,
            _ => Direction.Both,
        };
        var explored = 0;
        while (forwardFrontier.Count > 0 && backwardFrontier.Count > 0 && (max is null || explored < max))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var growForward = forwardFrontier.Count <= backwardFrontier.Count;
            var (frontier, seen, other, direction) = growForward
                ? (forwardFrontier, forward, backward, spec.Direction)
                : (backwardFrontier, backward, forward, reverse);
            var next = new List<long>();
            (long Node, int Length)? meeting = null;
            foreach (var node in frontier)
            {
                var depth = seen[node].Depth;
                foreach (var relationship in context.View.Relationships(node, direction, spec.TypeFilter))
                {
                    if (RelationshipUniqueness.IsUsed(row, spec.Excluded, relationship.Id)
                        || (properties is not null && !PropertyMatch.Matches(relationship.Properties, properties)))
                    {
                        continue;
                    }
                    var reached = relationship.Reached(node, direction);
                    if (seen.ContainsKey(reached))
                    {
                        continue;
                    }
                    seen[reached] = (relationship.Id, node, depth + 1);
                    next.Add(reached);
                    if (other.TryGetValue(reached, out var there) && (meeting is null || depth + 1 + there.Depth < meeting.Value.Length))
                    {
                        meeting = (reached, depth + 1 + there.Depth);
                    }
                }
            }
            explored++;
            if (meeting is { } met)
            {
                return met.Length <= (max ?? long.MaxValue) ? Join(met.Node, forward, backward) : null;
            }
            if (growForward)
            {
                forwardFrontier = next;
            }
            else
            {
                backwardFrontier = next;
            }
        }
        return null;
    }

    /// <summary>The relationships from the start to <paramref name="meeting"/>, then from there to the end.</summary>
    private static List<long> Join(long meeting, Dictionary<long, (long Relationship, long Previous, int Depth)> forward,
        Dictionary<long, (long Relationship, long Previous, int Depth)> backward)
    {
        var path = new List<long>();
        for (var node = meeting; forward[node].Relationship >= 0; node = forward[node].Previous)
        {
            path.Add(forward[node].Relationship);
        }
        path.Reverse();
        for (var node = meeting; backward[node].Relationship >= 0; node = backward[node].Previous)
        {
            path.Add(backward[node].Relationship);
        }
        return path;
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
