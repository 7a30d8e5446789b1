using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Graph.Cypher;
using Graph.Cypher.Storage;
using Graph.Import;
using Markdig;

namespace Graph.Bench.Import;

/// <summary>
/// One size, measured in its own process so its peak memory is its own: generate the wiki, time Markdig alone
/// parsing every page (texts already in memory: the strictest baseline), then time the full import into a
/// persisted embedded store in a temp folder, from opening the store to closing it, with the GC pauses and
/// collections that import caused. Then the two re-imports a user runs, each from opening the store to closing
/// it: the same wiki again (every page unchanged), after editing one page in a hundred, and after adding a page (a new
/// title can change what any page's names resolve to, so every page is imported again).
/// </summary>
internal sealed record ImportMeasurement(int Pages, long Bytes, double ParseMs, double ImportMs, double PagesMs, double CloseMs, double ExtractMs, double ParseCpuMs, double ImportCpuMs, int Failed, long PeakWorkingSetBytes, bool SyncOnCommit, double ImportGcPauseMs, int ImportGen0, int ImportGen1, int ImportGen2, double ParseSteadyMs, double ReimportUnchangedMs, double ReimportEditedMs, int EditedPages, double ReimportAddedMs, int AddedReimportedPages, long GraphHeapBytes)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public double Ratio => ImportMs / ParseMs;

    public static async Task<ImportMeasurement> RunAsync(int pages, int seed, bool syncOnCommit)
    {
        var root = Path.Combine(Path.GetTempPath(), $"graph-bench-import-{Environment.ProcessId}");
        var wiki = Path.Combine(root, "wiki");
        var data = Path.Combine(root, "data");
        try
        {
            new SyntheticWiki(pages, seed).WriteTo(wiki);
            var texts = Directory.GetFiles(wiki, "*.md").Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f, Encoding.UTF8)).ToList();
            var cpu = CpuMs();
            var parseMs = TimeParse(texts);
            var parseCpuMs = CpuMs() - cpu;
            // The same pages again: Markdig's code has reached its optimized tier by now (the first pass runs partly in
            // tier-0 code), so this is what parsing costs in a long-running process.
            var parseSteadyMs = TimeParse(texts);
            var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
            texts = null;
            GC.Collect();

            var extractClock = Stopwatch.StartNew();
            await new WikiImporter(new DiscardingSession(), Vocabulary.Discover(wiki)).ImportDirectoryAsync(wiki).ConfigureAwait(false);
            var extractMs = extractClock.Elapsed.TotalMilliseconds;
            GC.Collect();

            cpu = CpuMs();
            var pause = GC.GetTotalPauseDuration();
            int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var clock = Stopwatch.StartNew();
            ImportReport report;
            double pagesMs;
            var session = EmbeddedCypherSession.Over(GraphStore.Open(data, GraphStoreOptions.Default with { SyncOnCommit = syncOnCommit }));
            await using (session.ConfigureAwait(false))
            {
                await GraphSchema.ApplyAsync(session).ConfigureAwait(false);
                var pagesClock = Stopwatch.StartNew();
                report = await new WikiImporter(session, Vocabulary.Discover(wiki)).ImportDirectoryAsync(wiki).ConfigureAwait(false);
                pagesMs = pagesClock.Elapsed.TotalMilliseconds;
            }
            var importMs = clock.Elapsed.TotalMilliseconds;
            var importCpuMs = CpuMs() - cpu;
            var gcPauseMs = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
            int[] gens = [GC.CollectionCount(0) - collections[0], GC.CollectionCount(1) - collections[1], GC.CollectionCount(2) - collections[2]];
            using var process = Process.GetCurrentProcess();
            var peak = process.PeakWorkingSet64;

            var graphHeap = await GraphHeapBytesAsync(data).ConfigureAwait(false);
            var (unchangedMs, unchanged) = await ReimportAsync(wiki, data, syncOnCommit).ConfigureAwait(false);
            var edited = Directory.GetFiles(wiki, "*.md").Order(StringComparer.Ordinal).Where((_, i) => i % 100 == 0).ToList();
            foreach (var file in edited)
            {
                File.AppendAllText(file, "\nOne more line, added to measure re-importing an edited page.\n");
            }
            var (editedMs, afterEdit) = await ReimportAsync(wiki, data, syncOnCommit).ConfigureAwait(false);
            File.WriteAllText(Path.Combine(wiki, "zz-added-page.md"), AddedPage(wiki, pages));
            var (addedMs, afterAdd) = await ReimportAsync(wiki, data, syncOnCommit).ConfigureAwait(false);
            if (unchanged.Imported != 0 || afterEdit.Imported != edited.Count || afterAdd.Imported < 1)
            {
                throw new InvalidOperationException($"re-imports wrote {unchanged.Imported} unchanged, {afterEdit.Imported} of {edited.Count} edited and {afterAdd.Imported} after an addition");
            }
            // Only the pages that can name the new title were written again: the graph must still be the one a first
            // import of the resulting wiki builds.
            await CheckSameAsFreshImportAsync(wiki, data).ConfigureAwait(false);
            return new ImportMeasurement(pages, bytes, parseMs, importMs, pagesMs, importMs - pagesMs, extractMs, parseCpuMs, importCpuMs, report.Failed, peak, syncOnCommit,
                gcPauseMs, gens[0], gens[1], gens[2], parseSteadyMs, unchangedMs, editedMs, edited.Count, addedMs, afterAdd.Imported, graphHeap);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// What the imported graph keeps alive, apart from the garbage an import makes on the way (which the peak working set
    /// includes): the live heap after full collections with the store open, less the same without it.
    /// </summary>
    private static async Task<long> GraphHeapBytesAsync(string data)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var session = EmbeddedCypherSession.Over(GraphStore.Open(data, GraphStoreOptions.Default with { CheckpointOnDispose = false }));
        await using (session.ConfigureAwait(false))
        {
            return GC.GetTotalMemory(forceFullCollection: true) - before;
        }
    }

    /// <summary>`graph import` again over the store the import left: open, import, close (which folds the log).</summary>
    private static async Task<(double Ms, ImportReport Report)> ReimportAsync(string wiki, string data, bool syncOnCommit)
    {
        var clock = Stopwatch.StartNew();
        ImportReport report;
        var session = EmbeddedCypherSession.Over(GraphStore.Open(data, GraphStoreOptions.Default with { SyncOnCommit = syncOnCommit }));
        await using (session.ConfigureAwait(false))
        {
            await GraphSchema.ApplyAsync(session).ConfigureAwait(false);
            report = await new WikiImporter(session, Vocabulary.Discover(wiki)).ImportDirectoryAsync(wiki).ConfigureAwait(false);
        }
        return (clock.Elapsed.TotalMilliseconds, report);
    }

    // A new page in the wiki's format, whose Related bullet names the first page.
    private static string AddedPage(string wiki, int pages)
    {
        var firstTitle = File.ReadLines(Path.Combine(wiki, "page-000000.md")).First(line => line.StartsWith("# ", StringComparison.Ordinal))[2..];
        return $"# Review and the Taste Question, Part {pages + 1}\n\nSource: episodes/added.md (example.org) — a talk with Ada Abara.\n\n"
            + "## Key Takeaways\n\n- **Review is the bottleneck.** Adding a page is measured too.\n\n"
            + $"## Related\n\n- {firstTitle} — the page it answers.\n";
    }

    private static async Task CheckSameAsFreshImportAsync(string wiki, string data)
    {
        string stored;
        var session = EmbeddedCypherSession.Over(GraphStore.Open(data));
        await using (session.ConfigureAwait(false))
        {
            stored = await GraphDigest.OfAsync(session).ConfigureAwait(false);
        }
        var (_, fresh) = await GraphDigest.OfFreshImportAsync(wiki).ConfigureAwait(false);
        if (stored != fresh)
        {
            throw new InvalidOperationException($"after adding a page the store holds {stored}, a first import of the same wiki builds {fresh}");
        }
    }

    /// <summary>Import CPU time over Markdig CPU time: steadier than wall time on a machine shared with other work.</summary>
    public double CpuRatio => ImportCpuMs / ParseCpuMs;

    private static double CpuMs()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static ImportMeasurement FromJson(string json) => JsonSerializer.Deserialize<ImportMeasurement>(json)
        ?? throw new InvalidOperationException($"not a measurement: {json}");

    // Warm Markdig up first, so the baseline is not charged with JIT while the import is charged with its own.
    private static double TimeParse(List<string> texts)
    {
        foreach (var text in texts.Take(200))
        {
            Markdown.Parse(text, Pipeline);
        }
        var clock = Stopwatch.StartNew();
        var blocks = 0;
        foreach (var text in texts)
        {
            blocks += Markdown.Parse(text, Pipeline).Count;
        }
        var ms = clock.Elapsed.TotalMilliseconds;
        return blocks > 0 ? ms : throw new InvalidOperationException("Markdig parsed no blocks");
    }
}
