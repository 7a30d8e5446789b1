namespace Graph.Bench.Kuzu;

/// <summary>Median and 95th percentile (nearest rank) of timed runs, computed here for both engines alike.</summary>
internal static class RunStatistics
{
    public static double Median(double[] runs)
    {
        var sorted = runs.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double P95(double[] runs)
    {
        var sorted = runs.Order().ToArray();
        return sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1];
    }
}
