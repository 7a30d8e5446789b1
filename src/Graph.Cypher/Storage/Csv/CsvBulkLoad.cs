namespace Graph.Cypher.Storage.Csv;

/// <summary>
/// Node and relationship CSV files (neo4j-admin import headers) into an empty store through its bulk path
/// (<see cref="GraphStore.BeginBulkLoad"/>): what <c>graph load</c> runs, and what the Kuzu benchmark times in-process
/// against Kuzu's COPY. Node files first, since a relationship names its ends by their ids.
/// </summary>
public static class CsvBulkLoad
{
    private const int AllocationPerCsvByte = 10;

    /// <summary>
    /// Loads the files with the given indexes built alongside and commits; the first bad record stops the load and is
    /// returned, leaving the store as it was.
    /// </summary>
    public static LoadError? Run(GraphStore store, IReadOnlyList<InputFile> nodeFiles, IReadOnlyList<InputFile> relationshipFiles,
        char delimiter, IEnumerable<IndexDefinition> indexes, CancellationToken cancellationToken = default)
    {
        var expectedNodes = nodeFiles.Sum(f => f.EstimateRows());
        using var load = store.BeginBulkLoad(expectedNodes, relationshipFiles.Sum(f => f.EstimateRows()), cancellationToken);
        // L's 45 MB of CSV made 290 MB of allocation, nearly all of it the graph itself.
        load.HoldOffCollections(AllocationPerCsvByte * nodeFiles.Concat(relationshipFiles).Sum(f => new FileInfo(f.Path).Length));
        var loader = new CsvGraphLoader(load, delimiter);
        var error = nodeFiles.Select(f => loader.LoadNodes(f, expectedNodes)).FirstOrDefault(e => e is not null)
            ?? relationshipFiles.Select(loader.LoadRelationships).FirstOrDefault(e => e is not null);
        if (error is not null)
        {
            return error;
        }
        foreach (var index in indexes)
        {
            load.AddIndex(index);
        }
        load.Commit();
        return null;
    }
}
