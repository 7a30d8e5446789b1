using System.Globalization;
using Graph.Import;

namespace Graph.Api.Store;

/// <summary>
/// Whether the store has been opened and prepared (schema applied, wiki imported), for the readiness check, and how
/// the last wiki import went (at start, or after a watched change), for operators.
/// </summary>
internal sealed class GraphStoreStatus
{
    private volatile bool _prepared;
    private volatile string? _lastImport;

    public bool IsPrepared => _prepared;

    /// <summary>"TIME: N imported, N unchanged, N removed, N failed" or "TIME: failed: why"; null before any import.</summary>
    public string? LastImport => _lastImport;

    public void MarkPrepared() => _prepared = true;

    public void RecordImport(ImportReport report, DateTimeOffset at) =>
        _lastImport = $"{Stamp(at)}: {report.Imported} imported, {report.Unchanged} unchanged, {report.Removed} removed, {report.Failed} failed";

    public void RecordImportFailure(string error, DateTimeOffset at) => _lastImport = $"{Stamp(at)}: failed: {error}";

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
