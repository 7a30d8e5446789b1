using System.Globalization;

namespace Graph.Bench.Import;

/// <summary>The benchmark's command line: a command, <c>--pages N</c>, <c>--seed S</c>, <c>--no-sync</c>, <c>--out DIR</c> (generate), <c>--dev-misses</c> (extraction).</summary>
internal sealed record Options(string Command, int Pages, int Seed, bool Sync, string? Out = null, bool DevMisses = false)
{
    public static Options Parse(string[] args)
    {
        var options = new Options(args.FirstOrDefault() ?? "", 10_000, 42, true);
        for (var i = 1; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--pages" when i + 1 < args.Length => options with { Pages = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--seed" when i + 1 < args.Length => options with { Seed = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--no-sync" => options with { Sync = false },
                "--dev-misses" => options with { DevMisses = true },
                "--out" when i + 1 < args.Length => options with { Out = args[++i] },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'"),
            };
        }
        return options;
    }
}
