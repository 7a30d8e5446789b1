using System.Diagnostics;
using System.Globalization;
using Graph.Bench.Import;

// dotnet run -c Release --project bench/Graph.Bench.Import -- import --pages 10000 [--seed 42] [--no-sync]
// dotnet run -c Release --project bench/Graph.Bench.Import -- digest --pages 2000: a hash of the graph the wiki imports to.
// dotnet run -c Release --project bench/Graph.Bench.Import -- extraction [--dev-misses]: the corpus gold tables (precision and recall per label, dev and test sets);
//   --dev-misses also lists what the development set misses (never the test set: it is not tuned on).
// dotnet run -c Release --project bench/Graph.Bench.Import -- generate --pages 10000 --out DIR: the synthetic wiki as files, for `graph import`.
// Runs each size (N and 2N pages) in a child process ("measure"), so every peak working set is separate.
var options = Options.Parse(args);
switch (options.Command)
{
    case "measure":
        var measurement = await ImportMeasurement.RunAsync(options.Pages, options.Seed, options.Sync);
        Console.WriteLine(measurement.ToJson());
        return measurement.Failed == 0 ? 0 : 1;
    case "generate" when options.Out is { } directory:
        new SyntheticWiki(options.Pages, options.Seed).WriteTo(directory);
        Console.WriteLine($"{options.Pages:N0} pages and vocabulary.yaml written to {Path.GetFullPath(directory)}");
        return 0;
    case "extraction":
        return ExtractionScore.Run(options.DevMisses);
    case "digest":
        Console.WriteLine(await GraphDigest.OfSyntheticWikiAsync(options.Pages, options.Seed));
        return 0;
    case "import":
        var results = new List<ImportMeasurement>();
        foreach (var pages in new[] { options.Pages, options.Pages * 2 })
        {
            Console.Error.WriteLine($"measuring {pages:N0} pages ...");
            results.Add(MeasureInChild(pages, options.Seed, options.Sync));
        }
        Report.Write(results);
        return Report.MeetsTargets(results) ? 0 : 1;
    default:
        Console.Error.WriteLine("usage: Graph.Bench.Import import|digest --pages N [--seed S] [--no-sync] | extraction [--dev-misses] | generate --pages N [--seed S] --out DIR");
        return 2;
}

static ImportMeasurement MeasureInChild(int pages, int seed, bool sync)
{
    var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet")
    {
        start.ArgumentList.Add(typeof(ImportMeasurement).Assembly.Location);
    }
    foreach (var arg in new[] { "measure", "--pages", pages.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture) })
    {
        start.ArgumentList.Add(arg);
    }
    if (!sync)
    {
        start.ArgumentList.Add("--no-sync");
    }
    using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the measuring process");
    var output = child.StandardOutput.ReadToEnd();
    child.WaitForExit();
    var json = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
        ?? throw new InvalidOperationException($"the measuring process printed nothing (exit {child.ExitCode})");
    return ImportMeasurement.FromJson(json);
}
