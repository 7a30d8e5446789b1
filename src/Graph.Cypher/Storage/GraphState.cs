using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>
/// One immutable version of the whole graph: records, adjacency, label sets, property indexes and id
/// counters. A write transaction changes a <see cref="GraphStateBuilder"/> over the state it started from and
/// publishes a new version sharing almost everything with the old one, so snapshots never change under a reader.
/// </summary>
internal sealed record GraphState : INodeLookup
{
    public static GraphState Empty { get; } = new()
    {
        Nodes = RecordMap<NodeRecord>.Empty,
        Relationships = RecordMap<RelationshipRecord>.Empty,
        Adjacency = RecordMap<NodeAdjacency>.Empty,
        LabelSets = ImmutableDictionary<string, IdTree>.Empty.WithComparers(StringComparer.Ordinal),
        TypeCounts = ImmutableDictionary<string, long>.Empty.WithComparers(StringComparer.Ordinal),
        Indexes = [],
        NextNodeId = 0,
        NextRelationshipId = 0,
    };

    public required RecordMap<NodeRecord> Nodes { get; init; }

    public required RecordMap<RelationshipRecord> Relationships { get; init; }

    /// <summary>Only nodes with at least one relationship have an entry.</summary>
    public required RecordMap<NodeAdjacency> Adjacency { get; init; }

    /// <summary>The ids of the nodes with each label; labels no node has have no entry.</summary>
    public required ImmutableDictionary<string, IdTree> LabelSets { get; init; }

    /// <summary>Relationships per type; types with none have no entry.</summary>
    public required ImmutableDictionary<string, long> TypeCounts { get; init; }

    public required ImmutableArray<PropertyIndex> Indexes { get; init; }

    public required long NextNodeId { get; init; }

    public required long NextRelationshipId { get; init; }

    public PropertyIndex? FindIndex(string label, string property, bool? unique = null) => FindIndex(Indexes, label, property, unique);

    public static PropertyIndex? FindIndex(ImmutableArray<PropertyIndex> indexes, string label, string property, bool? unique = null)
    {
        foreach (var index in indexes)
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

    public IdTree NodeIdsWithLabel(string label) => LabelSets.GetValueOrDefault(label, IdTree.Empty);

    public NodeRecord NodeOf(long id) => Nodes[id];

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
}
