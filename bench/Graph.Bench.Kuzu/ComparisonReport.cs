using System.Globalization;

namespace Graph.Bench.Kuzu;

/// <summary>
/// Reads both engines' result files from the work folder, checks that every query got the same rows from both, and
/// prints one Markdown table (ready for bench/README.md). A mismatch prints both answers and fails the run.
/// </summary>
internal static class ComparisonReport
{
    public static int Print(string workDirectory)
    {
        var manifest = GraphManifest.Read(Path.Combine(workDirectory, "csv"));
        var embedded = EngineRun.Read(Path.Combine(workDirectory, "embedded.json"));
        var kuzu = EngineRun.Read(Path.Combine(workDirectory, "kuzu.json"));
        var embeddedReopen = EngineRun.ReadJson<ReopenRun>(Path.Combine(workDirectory, "embedded-reopen.json"));
        var kuzuReopen = EngineRun.ReadJson<ReopenRun>(Path.Combine(workDirectory, "kuzu-reopen.json"));

        Console.WriteLine();
        Console.WriteLine($"Scale {manifest.Scale}: {manifest.Nodes.Sum(n => n.Count):N0} nodes, {manifest.Relationships.Sum(r => r.Count):N0} relationships; "
            + $"{QueryTimer.WarmUps} warm-up and {QueryTimer.Runs} timed runs per query.");
        Console.WriteLine();
        Console.WriteLine("| query | embedded median ms | embedded p95 ms | Kuzu median ms | Kuzu p95 ms | Kuzu/embedded | rows match |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        var mismatches = new List<(QueryTiming Embedded, QueryTiming Kuzu)>();
        foreach (var mine in embedded.Queries)
        {
            var theirs = kuzu.Queries.Single(q => q.Key == mine.Key);
            var same = AnswerComparison.Same(mine.Rows, theirs.Rows);
            if (!same)
            {
                mismatches.Add((mine, theirs));
            }
            var embeddedMedian = RunStatistics.Median(mine.RunsMs);
            var kuzuMedian = RunStatistics.Median(theirs.RunsMs);
            Console.WriteLine($"| ({mine.Key}) {mine.Title} | {Ms(embeddedMedian)} | {Ms(RunStatistics.P95(mine.RunsMs))} | {Ms(kuzuMedian)} | "
                + $"{Ms(RunStatistics.P95(theirs.RunsMs))} | {kuzuMedian / embeddedMedian:F2} | {(same ? "yes" : "NO")} ({mine.Rows.Length} rows) |");
        }
        var reopenSame = AnswerComparison.Same(embeddedReopen.Rows, kuzuReopen.Rows);
        Console.WriteLine();
        Console.WriteLine("| | embedded | Kuzu |");
        Console.WriteLine("|---|---:|---:|");
        var unwind = EngineRun.ReadJson<LoadRun>(Path.Combine(workDirectory, "unwind.json"));
        var bulk = EngineRun.ReadJson<BulkLoadRun>(Path.Combine(workDirectory, "bulk-load.json"));
        var copy = $"{kuzu.LoadMs / 1000:F2}";
        Console.WriteLine($"| load (s): bulk path in the process (`graph load`'s code) / Kuzu COPY in the process | {embedded.LoadMs / 1000:F2} | {copy} |");
        Console.WriteLine($"| load (s): `graph load` as a new process, its own timing / wall clock with .NET start-up | "
            + $"{bulk.InProcessMs / 1000:F2} / {bulk.LoadMs / 1000:F2} | {copy} |");
        Console.WriteLine($"| load (s): Cypher UNWIND batches, a process of its own | {unwind.LoadMs / 1000:F2} | {copy} |");
        Console.WriteLine($"| reopen: open + one trivial query, new process (ms) | {Ms(embeddedReopen.ReopenMs)} | {Ms(kuzuReopen.ReopenMs)} |");
        Console.WriteLine($"| peak memory (MB), max RSS: bulk load + six queries / Kuzu COPY + six queries | {embedded.PeakRssMb:F0} | {kuzu.PeakRssMb:F0} |");
        Console.WriteLine($"| peak memory (MB), max RSS: Cypher UNWIND load alone | {unwind.PeakRssMb:F0} | |");
        Console.WriteLine($"| database on disk after close (MB) | {DiskMegabytes(Path.Combine(workDirectory, "embedded-db")):F1} | "
            + $"{DiskMegabytes(Path.Combine(workDirectory, "kuzu-db")):F1} |");

        foreach (var (mine, theirs) in mismatches)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine($"MISMATCH in ({mine.Key}) {mine.Title}");
            Console.Error.WriteLine($"embedded ({mine.Rows.Length} rows):{Environment.NewLine}{AnswerComparison.Describe(mine.Rows)}");
            Console.Error.WriteLine($"Kuzu ({theirs.Rows.Length} rows):{Environment.NewLine}{AnswerComparison.Describe(theirs.Rows)}");
        }
        if (!reopenSame)
        {
            Console.Error.WriteLine($"MISMATCH after reopening: embedded {AnswerComparison.Describe(embeddedReopen.Rows)}, Kuzu {AnswerComparison.Describe(kuzuReopen.Rows)}");
        }
        return mismatches.Count == 0 && reopenSame ? 0 : 1;
    }

    private static double DiskMegabytes(string directory) =>
        new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length) / (1024.0 * 1024);

    private static string Ms(double milliseconds) =>
        milliseconds.ToString(milliseconds < 10 ? "F2" : milliseconds < 100 ? "F1" : "F0", CultureInfo.InvariantCulture);
}

/// <summary>`graph load` in bench/kuzu.sh: the wall-clock time of its process, start-up included, and the time it reports.</summary>
internal sealed record BulkLoadRun(double LoadMs, double InProcessMs);

