using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>
/// Builds the <see cref="GraphState"/> of a bulk load from its records in one pass each: records into their maps,
/// label sets from id lists already in order, and adjacency laid out per node with counting sort (ids stay
/// ascending) instead of a dictionary of lists per node.
/// </summary>
internal static class BulkStateBuilder
{
    public static GraphState Build(GraphState start, List<NodeRecord> nodes, List<RelationshipRecord> relationships, List<IndexDefinition> indexes)
    {
        var nodeMap = start.Nodes.ToBuilder();
        var labelIds = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            nodeMap.Add(node.Id, node);
            foreach (var label in node.Labels)
            {
                if (!labelIds.TryGetValue(label, out var ids))
                {
                    labelIds.Add(label, ids = []);
                }
                ids.Add(node.Id);
            }
        }
        var labelSets = start.LabelSets.ToBuilder();
        foreach (var (label, ids) in labelIds)
        {
            labelSets[label] = ImmutableSortedSet.CreateRange(ids);
        }

        var relationshipMap = start.Relationships.ToBuilder();
        var typeCounts = start.TypeCounts.ToBuilder();
        foreach (var relationship in relationships)
        {
            relationshipMap.Add(relationship.Id, relationship);
            typeCounts[relationship.Type] = typeCounts.GetValueOrDefault(relationship.Type) + 1;
        }

        var state = start with
        {
            Nodes = nodeMap.ToImmutable(),
            Relationships = relationshipMap.ToImmutable(),
            Adjacency = Adjacency(start, nodes, relationships),
            LabelSets = labelSets.ToImmutable(),
            TypeCounts = typeCounts.ToImmutable(),
            NextNodeId = start.NextNodeId + nodes.Count,
            NextRelationshipId = start.NextRelationshipId + relationships.Count,
        };
        return state with { Indexes = Indexes(state, indexes) };
    }

    /// <summary>Every index of the start state and the declared ones, rebuilt over all nodes; unique ones checked.</summary>
    private static ImmutableArray<PropertyIndex> Indexes(GraphState state, List<IndexDefinition> declared)
    {
        var definitions = state.Indexes.Select(index => index.Definition).ToList();
        foreach (var index in declared)
        {
            if (!definitions.Any(existing => existing.IsEquivalentTo(index)))
            {
                definitions.Add(index);
            }
        }
        var built = ImmutableArray.CreateBuilder<PropertyIndex>(definitions.Count);
        foreach (var definition in definitions)
        {
            var index = PropertyIndex.Build(definition, state.NodesWithLabel(definition.Label));
            if (definition.Unique)
            {
                IndexErrors.ThrowIfDuplicates(index);
            }
            built.Add(index);
        }
        return built.MoveToImmutable();
    }

    private static RecordMap<NodeAdjacency> Adjacency(GraphState start, List<NodeRecord> nodes, List<RelationshipRecord> relationships)
    {
        var first = start.NextNodeId;
        // Each relationship sits once at each end (once for a self-loop): count per node, then place in id order.
        var offsets = new int[nodes.Count + 1];
        foreach (var relationship in relationships)
        {
            offsets[relationship.StartId - first + 1]++;
            if (relationship.EndId != relationship.StartId)
            {
                offsets[relationship.EndId - first + 1]++;
            }
        }
        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] += offsets[i - 1];
        }
        var entries = new RelationshipRecord[offsets[^1]];
        var next = offsets[..^1];
        foreach (var relationship in relationships)
        {
            entries[next[relationship.StartId - first]++] = relationship;
            if (relationship.EndId != relationship.StartId)
            {
                entries[next[relationship.EndId - first]++] = relationship;
            }
        }

        var adjacency = start.Adjacency.ToBuilder();
        var types = new List<string>();
        for (var node = 0; node < nodes.Count; node++)
        {
            var span = entries.AsSpan(offsets[node], offsets[node + 1] - offsets[node]);
            if (span.IsEmpty)
            {
                continue;
            }
            adjacency.Add(first + node, Of(first + node, span, types));
        }
        return adjacency.ToImmutable();
    }

    /// <summary>One node's adjacency from its relationships in id order.</summary>
    private static NodeAdjacency Of(long nodeId, ReadOnlySpan<RelationshipRecord> relationships, List<string> types)
    {
        types.Clear();
        foreach (var relationship in relationships)
        {
            if (!types.Contains(relationship.Type))
            {
                types.Add(relationship.Type);
            }
        }
        types.Sort(StringComparer.Ordinal);
        var byType = new TypeAdjacency[types.Count];
        var outgoing = new List<long>();
        var incoming = new List<long>();
        var loops = new List<long>();
        for (var t = 0; t < types.Count; t++)
        {
            outgoing.Clear();
            incoming.Clear();
            loops.Clear();
            foreach (var relationship in relationships)
            {
                if (!string.Equals(relationship.Type, types[t], StringComparison.Ordinal))
                {
                    continue;
                }
                var side = relationship.StartId == relationship.EndId ? loops : relationship.StartId == nodeId ? outgoing : incoming;
                side.Add(relationship.Id);
            }
            byType[t] = new TypeAdjacency(RelationshipIdSet.Of(outgoing), RelationshipIdSet.Of(incoming), RelationshipIdSet.Of(loops));
        }
        return NodeAdjacency.Of([.. types], byType);
    }
}
