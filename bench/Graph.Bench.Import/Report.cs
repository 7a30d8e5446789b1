namespace Graph.Bench.Import;

/// <summary>Prints the measurements and checks them against the issue's targets.</summary>
internal static class Report
{
    public const double MaxImportToParse = 4.0;
    public const double MaxDoubleSizeRatio = 2.2;
    public const long MaxPeakBytes = 1L << 30;

    public static void Write(IReadOnlyList<ImportMeasurement> results)
    {
        Console.WriteLine($"{"pages",8} {"MB",7} {"markdig ms",11} {"(steady)",9} {"import ms",10} {"of it pages",12} {"open+close",11} {"no-store",9} {"import/parse",13} {"cpu parse",10} {"cpu import",11} {"cpu ratio",10} {"peak MiB",9} {"graph MiB",10} {"gc pause ms",12} {"gc 0/1/2",11} {"failed",7} {"fsync/commit",13}");
        foreach (var r in results)
        {
            Console.WriteLine($"{r.Pages,8:N0} {r.Bytes / 1e6,7:0.0} {r.ParseMs,11:0} {r.ParseSteadyMs,9:0} {r.ImportMs,10:0} {r.PagesMs,12:0} {r.CloseMs,11:0} {r.ExtractMs,9:0} {r.Ratio,12:0.00}x {r.ParseCpuMs,10:0} {r.ImportCpuMs,11:0} {r.CpuRatio,9:0.00}x {r.PeakWorkingSetBytes / 1048576.0,9:0} {r.GraphHeapBytes / 1048576.0,10:0.0} {r.ImportGcPauseMs,12:0} {$"{r.ImportGen0}/{r.ImportGen1}/{r.ImportGen2}",11} {r.Failed,7} {r.SyncOnCommit,13}");
        }
        Console.WriteLine();
        Console.WriteLine($"{"pages",8} {"markdig ms",11} {"re-import, unchanged ms",24} {"/parse",8} {"edited pages",13} {"re-import, edited ms",21} {"/parse",8} {"page added ms",14} {"/import",8} {"pages written",14}");
        foreach (var r in results)
        {
            Console.WriteLine($"{r.Pages,8:N0} {r.ParseMs,11:0} {r.ReimportUnchangedMs,24:0} {r.ReimportUnchangedMs / r.ParseMs,7:0.0}x {r.EditedPages,13:N0} {r.ReimportEditedMs,21:0} {r.ReimportEditedMs / r.ParseMs,7:0.0}x {r.ReimportAddedMs,14:0} {r.ReimportAddedMs / r.ImportMs,7:0.00}x {r.AddedReimportedPages,14:N0}");
        }
        if (results.Count == 2)
        {
            Console.WriteLine($"{results[1].Pages:N0}/{results[0].Pages:N0} import time: {results[1].ImportMs / results[0].ImportMs:0.00}x wall, {results[1].ImportCpuMs / results[0].ImportCpuMs:0.00}x CPU (target <= {MaxDoubleSizeRatio}x)");
        }
        Console.WriteLine($"targets: import <= {MaxImportToParse}x Markdig parse at {results[0].Pages:N0} pages; peak < 1 GiB: {(MeetsTargets(results) ? "met" : "MISSED")}");
    }

    public static bool MeetsTargets(IReadOnlyList<ImportMeasurement> results) =>
        results.All(r => r.Failed == 0 && r.PeakWorkingSetBytes < MaxPeakBytes)
        && results[0].Ratio <= MaxImportToParse
        && (results.Count < 2 || results[1].ImportMs / results[0].ImportMs <= MaxDoubleSizeRatio);
}
