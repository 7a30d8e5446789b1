using Graph.Cypher.Storage.Persistence;

namespace Graph.Cypher.Storage;

/// <summary>
/// The <see cref="GraphState"/> of a bulk load: the records went through the snapshot loader (<see cref="GraphStateLoader"/>,
/// fed by <see cref="BulkStateFeed"/>), the same path a reopened store takes; the start state's indexes and the declared
/// ones are built over the loaded nodes and unique ones checked.
/// </summary>
internal static class BulkStateBuilder
{
    public static GraphState Build(GraphState start, GraphStateLoader loader, long nextRelationshipId, List<IndexDefinition> indexes)
    {
        foreach (var definition in Definitions(start, indexes))
        {
            loader.Add(definition);
        }
        loader.EndRelationshipsAt(nextRelationshipId);
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
