using CsCheck;

namespace Graph.Testing;

/// <summary>
/// How long the fuzz tests (trait Category=Fuzz) run: a few seconds each by default, so CI stays fast;
/// FUZZ_ITERATIONS (inputs per test) or FUZZ_SECONDS (time per test) make a long run on demand. A failure prints
/// CsCheck's seed; CsCheck_Seed=&lt;seed&gt; replays exactly that input first.
/// </summary>
internal static class FuzzRuns
{
    public const string Category = "Category";

    public const string Fuzz = "Fuzz";

    /// <summary>Samples <paramref name="gen"/> <paramref name="ciIterations"/> times (or as the variables say) on <paramref name="threads"/> threads.</summary>
    public static void Sample<T>(Gen<T> gen, Action<T> property, long ciIterations, int threads = 1, Func<T, string>? print = null)
    {
        var seconds = Number("FUZZ_SECONDS");
        var iterations = Number("FUZZ_ITERATIONS") ?? ciIterations;
        gen.Sample(property, iter: iterations, time: seconds is { } s ? (int)s : -1, threads: threads, print: print);
    }

    private static long? Number(string variable) =>
        long.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value > 0 ? value : null;
}
