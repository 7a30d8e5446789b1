using Graph.Cypher.Storage.Persistence;

namespace Graph.Cypher.Storage;

/// <summary>
/// The <see cref="GraphState"/> of a bulk load: the records go through the snapshot loader (<see cref="GraphStateLoader"/>,
/// records into maps in one pass, adjacency by counting sort), the same path a reopened store takes; the start
/// state's indexes and the declared ones are built over the loaded nodes and unique ones checked.
/// </summary>
internal static class BulkStateBuilder
{
    public static GraphState Build(GraphState start, List<NodeRecord> nodes, List<RelationshipRecord> relationships, List<IndexDefinition> indexes)
    {
        var loader = new GraphStateLoader(start.NextNodeId + nodes.Count, start.NextRelationshipId + relationships.Count);
        foreach (var definition in Definitions(start, indexes))
        {
            loader.Add(definition);
        }
        foreach (var node in nodes)
        {
            loader.Add(node);
        }
        loader.ExpectRelationships(relationships.Count);
        foreach (var relationship in relationships)
        {
            loader.Add(relationship);
        }
        var state = loader.Build();
        foreach (var index in state.Indexes)
        {
            if (index.Definition.Unique)
            {
                IndexErrors.ThrowIfDuplicates(index);
            }
        }
        return state;
    }

    /// <summary>Every index of the start state, then each declared one it lacks.</summary>
    private static List<IndexDefinition> Definitions(GraphState start, List<IndexDefinition> declared)
    {
        var definitions = start.Indexes.Select(index => index.Definition).ToList();
        foreach (var index in declared)
        {
            if (!definitions.Any(existing => existing.IsEquivalentTo(index)))
            {
                definitions.Add(index);
            }
        }
        return definitions;
    }
}
