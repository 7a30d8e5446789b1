namespace Graph.Import;

/// <summary>What one import run did, page by page, in the order the pages were visited.</summary>
public sealed record ImportReport(IReadOnlyList<PageOutcome> Pages)
{
    public int Imported => Count(PageStatus.Imported);

    public int Unchanged => Count(PageStatus.Unchanged);

    public int Failed => Count(PageStatus.Failed);

    public int Removed => Count(PageStatus.Removed);

    public bool HasFailures => Failed > 0;

    private int Count(PageStatus status) => Pages.Count(p => p.Status == status);
}

public enum PageStatus
{
    /// <summary>The page's facts were (re)written.</summary>
    Imported,

    /// <summary>The page and everything its extraction depends on are as last imported; nothing was written.</summary>
    Unchanged,

    /// <summary>The page could not be read, parsed or written; its previous graph state is untouched.</summary>
    Failed,

    /// <summary>The page is gone from the wiki; its facts were removed from the graph.</summary>
    Removed,
}
