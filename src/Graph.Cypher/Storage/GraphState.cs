using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>
/// One immutable version of the whole graph: records, adjacency, label sets, property indexes and id
/// counters. Every With/Without returns a new version sharing almost everything with the old one, so
/// transactions build versions cheaply and snapshots never change under a reader. No checks happen here:
/// <see cref="WriteTransaction"/> validates, and log replay trusts what was validated when it was written.
/// </summary>
internal sealed record GraphState
{
    public static GraphState Empty { get; } = new()
    {
        Nodes = ImmutableSortedDictionary<long, NodeRecord>.Empty,
        Relationships = ImmutableSortedDictionary<long, RelationshipRecord>.Empty,
        Adjacency = ImmutableDictionary<long, NodeAdjacency>.Empty,
        LabelSets = ImmutableDictionary<string, ImmutableSortedSet<long>>.Empty.WithComparers(StringComparer.Ordinal),
        TypeCounts = ImmutableDictionary<string, long>.Empty.WithComparers(StringComparer.Ordinal),
        Indexes = [],
        NextNodeId = 0,
        NextRelationshipId = 0,
    };

    public required ImmutableSortedDictionary<long, NodeRecord> Nodes { get; init; }

    public required ImmutableSortedDictionary<long, RelationshipRecord> Relationships { get; init; }

    /// <summary>Only nodes with at least one relationship have an entry.</summary>
    public required ImmutableDictionary<long, NodeAdjacency> Adjacency { get; init; }

    public required ImmutableDictionary<string, ImmutableSortedSet<long>> LabelSets { get; init; }

    /// <summary>Relationships per type; types with none have no entry.</summary>
    public required ImmutableDictionary<string, long> TypeCounts { get; init; }

    public required ImmutableArray<PropertyIndex> Indexes { get; init; }

    public required long NextNodeId { get; init; }

    public required long NextRelationshipId { get; init; }

    public PropertyIndex? FindIndex(string label, string property, bool? unique = null)
    {
        foreach (var index in Indexes)
        {
            var definition = index.Definition;
            if (string.Equals(definition.Label, label, StringComparison.Ordinal)
                && string.Equals(definition.Property, property, StringComparison.Ordinal)
                && (unique is null || definition.Unique == unique))
            {
                return index;
            }
        }
        return null;
    }

    public NodeAdjacency AdjacencyOf(long nodeId) =>
        Adjacency.TryGetValue(nodeId, out var adjacency) ? adjacency : NodeAdjacency.Empty;

    /// <summary>Inserts or replaces a node, keeping label sets and property indexes in step.</summary>
    public GraphState WithNode(NodeRecord node)
    {
        Nodes.TryGetValue(node.Id, out var before);
        return this with
        {
            Nodes = Nodes.SetItem(node.Id, node),
            LabelSets = UpdateLabelSets(LabelSets, before, node),
            Indexes = UpdateIndexes(before, node),
            NextNodeId = Math.Max(NextNodeId, node.Id + 1),
        };
    }

    public GraphState WithoutNode(long nodeId)
    {
        if (!Nodes.TryGetValue(nodeId, out var before))
        {
            return this;
        }
        return this with
        {
            Nodes = Nodes.Remove(nodeId),
            Adjacency = Adjacency.Remove(nodeId),
            LabelSets = UpdateLabelSets(LabelSets, before, null),
            Indexes = UpdateIndexes(before, null),
        };
    }

    /// <summary>Inserts a relationship or replaces its properties (endpoints and type never change).</summary>
    public GraphState WithRelationship(RelationshipRecord relationship)
    {
        var next = this with
        {
            Relationships = Relationships.SetItem(relationship.Id, relationship),
            NextRelationshipId = Math.Max(NextRelationshipId, relationship.Id + 1),
        };
        if (Relationships.ContainsKey(relationship.Id))
        {
            return next;
        }
        return next with
        {
            Adjacency = Link(Adjacency, relationship, add: true),
            TypeCounts = TypeCounts.SetItem(relationship.Type, TypeCounts.GetValueOrDefault(relationship.Type) + 1),
        };
    }

    public GraphState WithoutRelationship(long relationshipId)
    {
        if (!Relationships.TryGetValue(relationshipId, out var relationship))
        {
            return this;
        }
        return this with
        {
            Relationships = Relationships.Remove(relationshipId),
            Adjacency = Link(Adjacency, relationship, add: false),
            TypeCounts = TypeCounts[relationship.Type] == 1
                ? TypeCounts.Remove(relationship.Type)
                : TypeCounts.SetItem(relationship.Type, TypeCounts[relationship.Type] - 1),
        };
    }

    public GraphState WithIndex(PropertyIndex index) => this with { Indexes = Indexes.Add(index) };

    public GraphState WithoutIndex(string name)
    {
        for (var i = 0; i < Indexes.Length; i++)
        {
            if (string.Equals(Indexes[i].Definition.Name, name, StringComparison.Ordinal))
            {
                return this with { Indexes = Indexes.RemoveAt(i) };
            }
        }
        return this;
    }

    public IEnumerable<NodeRecord> NodesWithLabel(string label)
    {
        if (!LabelSets.TryGetValue(label, out var ids))
        {
            yield break;
        }
        foreach (var id in ids)
        {
            yield return Nodes[id];
        }
    }

    private ImmutableArray<PropertyIndex> UpdateIndexes(NodeRecord? before, NodeRecord? after)
    {
        if (Indexes.IsEmpty)
        {
            return Indexes;
        }
        var builder = Indexes.ToBuilder();
        var changed = false;
        for (var i = 0; i < builder.Count; i++)
        {
            var updated = builder[i].Update(before, after);
            changed |= !ReferenceEquals(updated, builder[i]);
            builder[i] = updated;
        }
        return changed ? builder.ToImmutable() : Indexes;
    }

    private static ImmutableDictionary<string, ImmutableSortedSet<long>> UpdateLabelSets(
        ImmutableDictionary<string, ImmutableSortedSet<long>> sets, NodeRecord? before, NodeRecord? after)
    {
        if (before is not null)
        {
            foreach (var label in before.Labels)
            {
                if (after is null || !after.HasLabel(label))
                {
                    var remaining = sets[label].Remove(before.Id);
                    sets = remaining.IsEmpty ? sets.Remove(label) : sets.SetItem(label, remaining);
                }
            }
        }
        if (after is not null)
        {
            foreach (var label in after.Labels)
            {
                if (before is null || !before.HasLabel(label))
                {
                    var ids = sets.TryGetValue(label, out var existing) ? existing : ImmutableSortedSet<long>.Empty;
                    sets = sets.SetItem(label, ids.Add(after.Id));
                }
            }
        }
        return sets;
    }

    private static ImmutableDictionary<long, NodeAdjacency> Link(
        ImmutableDictionary<long, NodeAdjacency> adjacency, RelationshipRecord relationship, bool add)
    {
        if (relationship.StartId == relationship.EndId)
        {
            return Update(adjacency, relationship.StartId, relationship, AdjacencySide.Loop, add);
        }
        adjacency = Update(adjacency, relationship.StartId, relationship, AdjacencySide.Outgoing, add);
        return Update(adjacency, relationship.EndId, relationship, AdjacencySide.Incoming, add);
    }

    private static ImmutableDictionary<long, NodeAdjacency> Update(
        ImmutableDictionary<long, NodeAdjacency> adjacency, long nodeId, RelationshipRecord relationship, AdjacencySide side, bool add)
    {
        var current = adjacency.TryGetValue(nodeId, out var existing) ? existing : NodeAdjacency.Empty;
        var updated = add
            ? current.With(relationship.Type, side, relationship.Id)
            : current.Without(relationship.Type, side, relationship.Id);
        return updated.IsEmpty ? adjacency.Remove(nodeId) : adjacency.SetItem(nodeId, updated);
    }
}
