namespace Graph.Import;

/// <summary>
/// What an import does to what analysts wrote with Cypher, stated once for every place that lets them write or refuses
/// to (<c>graph cypher --write</c>, the console). The wiki is the source of truth for what pages say; an import replaces
/// only that, page by page, and ReimportTests checks each clause.
/// </summary>
public static class AnalystWrites
{
    public const string WhatImportKeeps =
        "`graph import` replaces only what pages contributed, page by page as they change: a page's relationships (those with " +
        "a `page` property), the properties of the Source it describes, and the nodes those relationships held that are left " +
        "with none. Anything else written with Cypher (new nodes and relationships, properties on people, theses and tools) " +
        "stays until you delete it; an imported fact you change or delete stays so until its page changes and is imported again.";
}
