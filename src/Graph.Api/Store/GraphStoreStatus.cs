using Graph.Import;

namespace Graph.Api.Store;

/// <summary>Whether the store has been opened and prepared (schema applied, wiki imported), for the readiness check.</summary>
internal sealed class GraphStoreStatus
{
    private volatile bool _prepared;

    public bool IsPrepared => _prepared;

    /// <summary>The import run at start, when there was one.</summary>
    public ImportReport? StartupImport { get; private set; }

    public void MarkPrepared(ImportReport? startupImport)
    {
        StartupImport = startupImport;
        _prepared = true;
    }
}
